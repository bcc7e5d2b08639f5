import type { LexiconPattern } from "./lexicon.ts";
import { rx, within } from "./lexicon.ts";
import { numberSource } from "./numbers.ts";

const NUM = numberSource("es");
const DOLOR = rx`(?:dolor(?:es)?|duel(?:e|en)|doli(?:a|o)|molestias?|pinchazos?|punzadas?|ciatica|irradia\w*|corrientazos?|quema(?:zon)?|ardor)`;
const MUEVE = rx`(?:baja|bajando|bajo|corre|recorre|irradia|se irradia|se extiende|se va|va|llega|se corre|pasa)`;
const NUMB = rx`(?:dormid[oa]s?|adormecid[oa]s?|adormecimiento|entumecid[oa]s?|entumecimiento|hormigue(?:o|os|a|an)|cosquilleos?|acorchad[oa]s?|insensib(?:le|les|ilidad)|sin sensibilidad|sin sensacion|no (?:la |lo |las |los )?siento|se me (?:duerme|duermen|durmio|adormece|adormecen|entumece|entumecen)|parestesias?)`;
const PIERNA = rx`(?:piernas?|muslos?|pantorrillas?|gemelos?|pies?|dedos(?: del pie| de los pies)?|tobillos?|talon(?:es)?|plantas? de(?:l| los) pies?|rodillas?|espinillas?)`;
const BELOW = rx`(?:pies?|dedos(?: del pie| de los pies)?|tobillos?|pantorrillas?|gemelos?|talon(?:es)?|plantas? de(?:l| los) pies?|espinillas?)`;
const PAST_KNEE = rx`(?:(?:por )?debajo de (?:la |las )?rodillas?|mas abajo de (?:la |las )?rodillas?|pasa(?:ndo)? (?:de )?(?:la |las )?rodillas?)`;
const HASTA = rx`(?:hasta|a|al|en|por|hacia)(?: (?:el|la|los|las|mi|mis))?`;
const SADDLE = rx`(?:entrepierna|genitales|zona (?:intima|genital|del perine|perineal)|partes intimas|mis partes|ano|nalgas?|gluteos?|trasero|culo|perine|cara interna de los muslos|ingles?|vagina|pene|testiculos|vulva|silla de montar|ahi abajo)`;
const PIS = rx`(?:orinar|hacer pis|hacer pipi|mear|miccionar|vaciar la vejiga)`;
const NOT_RECENT = rx`\b(?:hace (?:(?:mas de|unos|unas|como)\s+)?(?:\d+|muchos|varios|dos|tres|cuatro|cinco|seis|diez|veinte|un) (?:años|anos)|hace años|hace anos|de (?:niñ[oa]|nin[oa]|joven|pequeñ[oa]|pequen[oa])|el (?:año|ano) pasado|en (?:19|20)\d\d)\b`;
const weak = (value: "one_leg" | "both_legs", re: string): LexiconPattern => ({
  fact: "legWeakness",
  re,
  value,
  negated: "none",
});

/** Palabras en español para las piernas, las señales de emergencia y las banderas rojas (el resto, en lexicon.es.ts). */
export const SIGNS_ES: readonly LexiconPattern[] = [
  // Piernas: dolor, hormigueo, debilidad.
  {
    fact: "legPain",
    value: "below_knee",
    negated: null,
    re: rx`\b(?:${DOLOR}|${MUEVE})\b(?<gap>${within(50)})(?:\b${HASTA} ${BELOW}|\b${PAST_KNEE})\b`,
    unless: rx`^(?!.*\b(?:dolor|duel|molest|pinchaz|punzad|ciatica|irradi|quem|ardor)).*\b(?:dormid|adormec|entumec|hormigue|cosquill|acorchad|insensib)`,
    yieldsTo: ["walkingLegPainEasedBySitting"],
  },
  {
    fact: "legPain",
    value: "below_knee",
    negated: null,
    confidence: 0.8,
    re: rx`\bme duele(?:n)? (?:el|la|los|las) (?:pies?|tobillos?|pantorrillas?|gemelos?|dedos del pie)\b`,
    yieldsTo: ["walkingLegPainEasedBySitting"],
  },
  {
    fact: "legPain",
    value: "above_knee",
    negated: null,
    re: rx`\b(?:${DOLOR}|${MUEVE})\b(?<gap>${within(40)})\b${HASTA} (?:muslos?|rodillas?|parte (?:de atras|trasera|posterior) de(?: la| las)? piernas?)\b`,
    unless: rx`^(?!.*\b(?:dolor|duel|molest|pinchaz|punzad|ciatica|irradi|quem|ardor)).*\b(?:dormid|adormec|entumec|hormigue|cosquill|acorchad|insensib)`,
    yieldsTo: ["walkingLegPainEasedBySitting"],
  },
  {
    fact: "legPain",
    value: null,
    negated: "none",
    confidence: 0.85,
    re: rx`\b(?:dolor(?:es)?|molestias?) (?:en|de) (?:la |las |mis |ambas |las dos )?piernas?\b|\bme duele(?:n)? (?:la|las) piernas?\b|\b${MUEVE} (?:por|a|hacia|hasta) (?:la|las|mis) piernas?\b|\b(?:ciatica|irradiad[oa]|irradia(?:cion)?)\b`,
    yieldsTo: ["walkingLegPainEasedBySitting"],
  },
  {
    fact: "legPain",
    value: "none",
    negated: null,
    confidence: 0.8,
    re: rx`\b(?:el dolor|solo|solamente) (?:se queda|esta|queda|es) (?:solo |solamente )?en (?:la )?espalda\b`,
  },
  {
    fact: "legPainBothSides",
    negated: null,
    confidence: 0.85,
    re: rx`\b(?:${DOLOR}|${NUMB}|${MUEVE})\b${within(40)}\b(?:ambas piernas|las dos piernas|las piernas|los dos pies|ambos pies|los pies|mis piernas)\b`,
    yieldsTo: ["walkingLegPainEasedBySitting", "legWeakness"],
  },
  {
    fact: "legPainBothSides",
    negated: null,
    confidence: 0.85,
    re: rx`\b(?:ambas piernas|las dos piernas|las piernas|los dos pies|ambos pies)\b${within(30)}\b(?:${DOLOR}|${NUMB})`,
    yieldsTo: ["walkingLegPainEasedBySitting", "legWeakness"],
  },
  {
    fact: "legPainBothSides",
    value: false,
    negated: null,
    confidence: 0.7,
    re: rx`\bsolo (?:en )?(?:la|una) pierna\b|\bsolo (?:la )?(?:pierna )?(?:izquierda|derecha)\b`,
  },
  {
    fact: "legNumbness",
    re: rx`\b${NUMB}\b(?<gap>${within(30)})\b(?:(?:en|de|por|hasta)\s)?(?:(?:el|la|los|las|mi|mis|ambas|ambos|dos)\s)*${PIERNA}\b`,
    yieldsTo: ["saddleNumbness"],
  },
  {
    fact: "legNumbness",
    re: rx`\b${PIERNA}\b(?<gap>(?: \w+){0,3}?) (?:(?:esta|estan|la|lo|las|los|tengo|siento|noto|se|me|muy|un poco|algo|como|izquierda|derecha)\s)*${NUMB}`,
    yieldsTo: ["saddleNumbness"],
  },
  {
    fact: "legNumbness",
    confidence: 0.7,
    re: rx`\b(?:hormigueos?|adormecimiento|entumecimiento|cosquilleo|parestesias?)\b(?![^.;!?\n]{0,25}\b(?:brazos?|manos?|dedos de la mano|cara|labios?|cuello|hombros?|pecho)\b)`,
    yieldsTo: ["saddleNumbness", "sexualDysfunction", "legNumbness"],
  },
  weak(
    "both_legs",
    rx`\b(?:(?:las|mis|ambas|las dos) piernas|piernas)\b(?<gap>(?: \w+){0,3}?) (?:(?:me|se|se me|estan|son|muy|un poco|algo|como|de|tan)\s)*(?:fallan|fallaron|flojean|flaquean|dobl(?:an|aron)|debiles|flojas|no me (?:sostienen|aguantan|responden)|de gelatina|de trapo|sin fuerza|ceden)\b`,
  ),
  weak(
    "both_legs",
    rx`\bse me (?:doblan|doblaron) las piernas\b|\b(?:me fallan|me flojean|me fallaron) (?:las|mis|ambas) piernas\b|\b(?:debilidad|sin fuerza|falta de fuerza) (?:en )?(?:las|ambas|las dos|mis) piernas\b`,
  ),
  weak(
    "one_leg",
    rx`\b(?:(?:la|mi|una) pierna|pierna (?:izquierda|derecha)|el pie|mi pie|la rodilla|el tobillo)\b(?<gap>(?: \w+){0,3}?) (?:(?:me|se|se me|esta|muy|un poco|algo|como|izquierda|derecha|de|tan)\s)*(?:falla|fallo|flojea|flaquea|dobla|doblo|debil|floja|no me (?:sostiene|aguanta|responde)|sin fuerza|cede)\b`,
  ),
  weak(
    "one_leg",
    rx`\bse me (?:dobla|doblo) (?:la )?(?:pierna|rodilla)\b|\b(?:me falla|me flojea) (?:la|mi) (?:pierna|rodilla)\b|\b(?:debilidad|sin fuerza|falta de fuerza) en (?:la|una|mi) pierna\b|\b(?:pierna|pie) debil\b`,
  ),
  weak(
    "one_leg",
    rx`\b(?:arrastr(?:o|ando|a) (?:el|un|mi) pie|pie caido|pie (?:en )?pendulo|no (?:puedo|consigo) (?:levantar|subir|flexionar) (?:la punta del|el|mi) pie|no puedo (?:caminar|andar|ponerme) (?:de|en) (?:puntillas|talones)|tropiezo con (?:mi|el) (?:propio )?pie)\b`,
  ),
  {
    fact: "legWeakness",
    value: "none",
    negated: null,
    confidence: 0.75,
    re: rx`\b(?:tengo|con|conservo) (?:buena |toda la |la )?fuerza (?:en las piernas|normal)\b|\bpiernas? (?:fuertes?|con fuerza)\b`,
  },
  {
    fact: "legWeakness",
    value: null,
    negated: "none",
    confidence: 0.75,
    re: rx`\bdebil(?:idad)?\b`,
    yieldsTo: ["legWeakness", "weaknessWorsening"],
  },
  {
    fact: "weaknessWorsening",
    re: rx`\b(?:cada (?:dia|vez) mas debil|cada (?:dia|vez) me falla(?:n)? mas|la debilidad (?:va a mas|empeora|aumenta|esta empeorando)|mas debil cada dia|(?:me )?(?:fallan|falla) cada vez mas)\b`,
  },
  {
    fact: "walkingLegPainEasedBySitting",
    re: rx`\b(?:camin\w*|ando|andar|andando|de pie|parad[oa]|haciendo cola|en la cola|de compras)\b${within(60)}\b(?:piernas?|muslos?|gemelos|pantorrillas|nalgas)\b${within(80)}\b(?:me siento|sentarme|sentad[oa]|me inclino|inclinarme|me agacho|agacharme|descans\w*|me paro|pararme|apoyarme|el carrito|el carro)\b`,
  },

  // Señales de emergencia.
  {
    fact: "saddleNumbness",
    re: rx`\b${NUMB}\b(?<gap>${within(25)})\b(?:(?:en|de|alrededor del?|por|la|el|los|las|mis|mi|bien)\s)*${SADDLE}\b`,
  },
  {
    fact: "saddleNumbness",
    re: rx`\b${SADDLE}\b(?<gap>(?: \w+){0,3}?) (?:(?:esta|estan|la|lo|las|los|tengo|siento|noto|se|me|muy|un poco|algo|como|completamente)\s)*${NUMB}`,
  },
  {
    fact: "saddleNumbness",
    re: rx`\bno siento (?:nada )?(?:al limpiarme|el papel(?: higienico)?|cuando me limpio)\b|\b(?:anestesia|hipoestesia) en silla de montar\b`,
  },
  {
    fact: "bladderChange",
    re: rx`\b(?:no (?:puedo|consigo|logro)|sin poder) ${PIS}\b|\b(?:me cuesta|dificultad para|problemas para|tengo que hacer fuerza para) (?:empezar a )?${PIS}\b`,
  },
  {
    fact: "bladderChange",
    re: rx`\bme (?:hago|hice|he hecho|orino|orine|meo|mee) (?:pis |pipi )?encima\b|\bse me (?:escapa|escapo|sale|salio) (?:el pis|la orina|el pipi|la pipi|un poco de orina)\b|\b(?:perdidas|escapes?|goteo) de orina\b|\bmoj(?:e|o|ado) (?:la cama|los pantalones|la ropa)\b|\bno (?:puedo|consigo) (?:controlar|aguantar|retener) (?:el pis|la orina|la vejiga|el pipi)\b`,
  },
  {
    fact: "bladderChange",
    re: rx`\bincontinencia(?: urinaria)?\b|\b(?:perdi|he perdido|pierdo|perdida del?) (?:el )?control (?:de|sobre) (?:la vejiga|la orina|el pis|los esfinteres)\b|\bno controlo (?:la vejiga|la orina|el pis|los esfinteres)\b|\bretencion (?:de orina|urinaria)\b`,
    yieldsTo: ["bowelIncontinence"],
  },
  {
    fact: "bladderChange",
    re: rx`\bno (?:siento|noto) (?:cuando |cuándo |las ganas de |que tengo ganas de |si tengo ganas de |al )?(?:tengo ganas de )?${PIS}\b|\bno (?:siento|noto) (?:que )?(?:la vejiga (?:esta )?llena|cuando se llena la vejiga)\b`,
  },
  {
    fact: "bladderChange",
    confidence: 0.75,
    re: rx`\b(?:problemas|alteraciones|cambios|trastornos) (?:urinari[oa]s|(?:de|en|con) la (?:orina|vejiga)|para orinar)\b`,
  },
  {
    fact: "bladderChange",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\b(?:orino|hago pis|meo)(?: y (?:defeco|evacuo|hago caca))? (?:bien|normal)\b|\bvoy al baño (?:bien|normal)\b|\bla vejiga (?:bien|normal)\b`,
  },
  {
    fact: "bowelIncontinence",
    re: rx`\bme (?:hice|hago|he hecho) (?:caca|popo) encima\b|\bse me (?:escapa|escapo|salio) (?:la caca|las heces|el popo|la popo)\b|\bincontinencia (?:fecal|anal|intestinal)\b|\b(?:perdi|he perdido|pierdo|perdida del?) (?:el )?control (?:de|del|sobre) (?:los intestinos|el intestino|las heces|el vientre|la caca|los esfinteres)\b|\bno controlo (?:el intestino|las heces|la caca|los esfinteres)\b|\bno (?:puedo|consigo) (?:controlar|aguantar|retener) (?:la caca|las heces|el intestino)\b`,
  },
  {
    fact: "bowelIncontinence",
    confidence: 0.75,
    re: rx`\b(?:alteraciones|problemas|cambios) (?:urinari[oa]s (?:ni|o|y) )?fecales\b`,
  },
  {
    fact: "bowelIncontinence",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\b(?:defeco|hago caca|voy de vientre|evacuo) (?:bien|normal)\b|\b(?:orino|hago pis|meo) y (?:defeco|evacuo|hago caca) (?:bien|normal)\b|\bvoy al baño (?:bien|normal)\b`,
  },
  {
    fact: "sexualDysfunction",
    re: rx`\b(?:problemas|dificultad(?:es)?) (?:de|con|para) (?:la |tener )?erecci(?:on|ones)\b|\bno (?:tengo|consigo|logro) (?:una )?ereccion\b|\bdisfuncion (?:erectil|sexual)\b|\bno siento (?:nada )?(?:en|durante) (?:las )?relaciones\b|\bperdida de sensibilidad (?:en|durante) (?:el sexo|las relaciones|los genitales)\b|\bno llego al orgasmo\b`,
  },
  {
    fact: "chestSymptoms",
    re: rx`\b(?:dolor|opresion|presion|peso|tirantez|molestia|ardor) (?:en el|de|del) pecho\b|\bpecho\b(?<gap>(?: \w+){0,3}?) (?:(?:me|se|muy|un poco|como)\s)*(?:duele|aprieta|oprime|pesa|arde|apretado|oprimido)\b|\b(?:me falta el aire|falta de aire|me ahogo|ahogo|sensacion de ahogo|no puedo respirar|me cuesta respirar|dificultad para respirar|sudor frio|sudores frios|sudando frio)\b|\b(?:dolor|me duele)\b(?: \w+){0,4}? (?:en |hacia )?(?:la |el )?(?:mandibula|brazo izquierdo)\b`,
  },
  {
    fact: "abdominalPain",
    re: rx`\b(?:dolor|molestias?|me duele(?:n)?|punzadas?|calambres?|colicos?)\b(?: \w+){0,2}? (?:de |en (?:el |la )?|el |la )?(?:barriga|panza|tripa|estomago|abdomen|vientre|abdominal)\b|\b(?:barriga|panza|tripa|estomago|abdomen|vientre)\b(?: \w+){0,3}? (?:(?:me|que|como|se)\s)*(?:duele|late|palpita|pulsa|arde)\b|\b(?:latido|pulso|palpitacion|late)\b(?: \w+){0,4}? (?:en )?(?:la |el )?(?:barriga|panza|tripa|estomago|abdomen|vientre)\b`,
  },
  {
    fact: "urinarySymptoms",
    re: rx`\b(?:ardor|arde|escozor|escuece|me escuece|quema(?:zon)?|me quema|pica|molestias?|dolor|me duele)\b(?: \w+){0,2}? (?:al|cuando|para) (?:orinar|hacer pis|mear|orino|hago pis|meo)\b|\b(?:orino|hago pis|meo|voy al baño|tengo que orinar|ganas de orinar)\b(?: \w+){0,2}? (?:mucho|muy seguido|a cada rato|cada rato|todo el tiempo|constantemente|a menudo|continuamente|muchas veces|cada (?:hora|media hora|poco))\b|\b(?:sangre en la orina|orina con sangre|orina (?:roja|rosada)|hematuria)\b`,
  },
  {
    fact: "urinarySymptoms",
    confidence: 0.7,
    re: rx`\b(?:infeccion (?:de orina|urinaria)|cistitis|(?:alteraciones|sintomas) urinari[oa]s)\b`,
  },

  // Banderas rojas de infección, fractura, cáncer.
  {
    fact: "fever",
    re: rx`\b(?:fiebre|febril|calentura|escalofrios?|tiritona|tiritando|temblores de frio|sudores nocturnos|sudor(?:es)? (?:por la|de|en la) noche|sudo (?:mucho )?(?:por las? noches?|de noche)|empapo las sabanas|me empapo)\b`,
  },
  { fact: "fever", value: false, negated: false, re: rx`\bafebril\b` },
  { fact: "fever", value: false, negated: null, re: rx`\btemperatura (?:normal|bien)\b` },
  {
    fact: "fever",
    read: "temperature",
    negated: null,
    re: rx`\b(?:temperatura|fiebre) (?:de |a |en )?(?<n>\d{2}(?:[.,]\d)?)\b|\b(?<n2>3[89](?:[.,]\d)?|4[0-2](?:[.,]\d)?)\s*(?:°|grados|de fiebre|de temperatura)\b`,
  },
  {
    fact: "fever",
    read: "temperature",
    negated: null,
    confidence: 0.8,
    re: rx`\btengo (?<n>3[89](?:[.,]\d)?|4[0-2](?:[.,]\d)?)\b(?! (?:años|anos))`,
  },
  {
    fact: "weightLoss",
    re: rx`\b(?:he |ha )?(?:perdido|bajado|baje|perdi|adelgazado|adelgace|adelgazando|perdiendo|bajando) (?:de )?(?:peso|(?:(?:unos|casi|mas de|como)\s)?(?:\d+|${NUM}) (?:kilos|kg|kilogramos|libras)|kilos|mucho peso)\b|\b(?:perdida de peso|adelgazamiento)\b|\bhe adelgazado\b`,
    unless: rx`(?<!(?:sin|no)(?: hacer| estar a| ponerme a| estoy a| hago)? )\b(?:dieta|a proposito|queriendo|intencionadamente|gimnasio|regimen)\b`,
  },
  {
    fact: "cancerHistory",
    re: rx`\b(?:cancer|tumor(?:es)?|linfoma|leucemia|melanoma|mieloma|sarcoma|carcinoma|metastasis|oncolog\w*|mastectomia|en remision|radioterapia|quimio(?:terapia)?)\b`,
    unless: rx`\b(?:miedo|preocupa\w*|descartar|descartaron|revision|chequeo)\b`,
  },
  {
    fact: "ivDrugUse",
    re: rx`\b(?:me (?:inyecto|pincho|chuto)|inyectarme|me inyectaba|drogas (?:inyectadas|intravenosas|por (?:la )?vena)|heroina|drogas inyectables)\b(?! insulina)`,
  },
  {
    fact: "immunosuppressed",
    re: rx`\b(?:vih|sida|seropositiv[oa]|trasplant\w*|inmunosupres\w*|inmunodeprimid[oa]|inmunodeficiencia|defensas (?:bajas|muy bajas)|sistema inmune (?:debil|bajo|deprimido)|metotrexato|biologicos?|tacrolimus|ciclosporina|azatioprina|micofenolato)\b`,
  },
  {
    fact: "immunosuppressed",
    confidence: 0.8,
    re: rx`\bquimio(?:terapia)?\b`,
    unless: rx`${NOT_RECENT}|\b(?:termine|acabe|terminé|tuve|despues de) (?:la )?quimio|\ben remision\b`,
  },
  {
    fact: "recentInfectionOrSpinalProcedure",
    unless: NOT_RECENT,
    re: rx`\b(?:epidural|infiltraci(?:on|ones)|bloqueo (?:nervioso|facetario|epidural)|puncion lumbar|inyecci(?:on|ones) en (?:la )?(?:espalda|columna))\b|\b(?:operaci(?:on|ones)|cirugia|intervencion|artrodesis|fusion) (?:de|en) (?:la )?(?:espalda|columna|hernia(?: discal)?|disco|lumbar)\b|\bme (?:operaron|intervinieron) (?:de|en) (?:la )?(?:espalda|columna|una hernia)\b`,
  },
  {
    fact: "recentInfectionOrSpinalProcedure",
    unless: rx`${NOT_RECENT}|\b(?:orina|urinaria|vejiga|riñon|rinon|cistitis)\b`,
    yieldsTo: ["urinarySymptoms"],
    re: rx`\b(?:infecci(?:on|ones)|infectad[oa]|neumonia|celulitis|absceso|flemon|sepsis|antibioticos?)\b`,
  },
  {
    fact: "osteoporosis",
    re: rx`\b(?:osteoporosis|huesos (?:fragiles|debiles)|descalcificaci(?:on|ada|ado)|baja densidad osea)\b`,
  },
  {
    fact: "steroidUse",
    re: rx`\b(?:corticoides?|corticosteroides?|cortisona|prednisona|prednisolona|dexametasona|metilprednisolona|deflazacort|esteroides?|urbason|dacortin)\b`,
    unless: rx`\b(?:infiltraci|inyecci|crema|inhalador|spray|pomada)\w*`,
    yieldsTo: ["recentInfectionOrSpinalProcedure"],
  },
  {
    fact: "restNightPain",
    re: rx`\b(?:peor|empeora|duele mas|mas dolor|dolor) (?:por la|de|en la|durante la) noche\b|\b(?:duele|duelen|dolor|molesta)\b(?: \w+){0,4} (?:por las noches|de noche|toda la noche)\b|\bme despierta(?: por la noche| de noche| el dolor)?\b|\bme desvela\b`,
  },
  {
    fact: "restNightPain",
    re: rx`\b(?:ninguna (?:postura|posicion) (?:me )?(?:alivia|ayuda|sirve)|no encuentro (?:postura|posicion)(?: comoda)?|no (?:se me |me )?(?:quita|alivia|calma|mejora|va)(?: \w+)? ni (?:en|con el) (?:reposo|descanso)|ni en reposo|en reposo (?:tambien|igual) (?:me )?duele|dolor constante (?:incluso|hasta) en reposo)\b`,
  },
  {
    fact: "backLumpOrDeformity",
    re: rx`\b(?:bulto|bultito|chichon|bola|protuberancia|hinchazon|abultamiento|masa)\b(?: \w+){0,6}? (?:en|sobre|de) (?:la |mi )?(?:espalda|columna|vertebras?|zona lumbar)\b|\b(?:espalda|columna)\b(?: \w+){0,4}? (?:un )?(?:bulto|chichon|bola|hinchazon)\b|\b(?:espalda|columna) (?:(?:se|me|esta|se ve|se me ve|ha|se ha puesto|se me ha puesto)\s)*(?:torcida|deformada|chueca|curvada|jorobada|con joroba)\b|\bcambio de forma (?:de|en) (?:la|mi) (?:espalda|columna)\b|\bjoroba\b`,
  },
  {
    fact: "morningStiffness",
    re: rx`\b(?:rigid(?:ez|o|a)|ties[oa]|agarrotad[oa]|anquilosad[oa])\b${within(40)}\b(?:por las? ma(?:ñ|n)anas?|al despertar(?:me)?|al levantarme|cuando me levanto|cuando me despierto|matutina|a primera hora)\b|\b(?:por las? ma(?:ñ|n)anas?|al levantarme|al despertar(?:me)?|me levanto)\b${within(25)}\b(?:rigid(?:ez|o|a)|ties[oa]|agarrotad[oa]|anquilosad[oa])\b|\btardo (?:una hora|horas|mucho|un buen rato|\d+ (?:minutos|horas)|media hora) en (?:soltarme|desentumecerme|arrancar|moverme bien)\b`,
  },
  {
    fact: "betterWithExercise",
    re: rx`\bse me (?:quita|pasa|alivia)\b(?: \w+){0,3}? (?:de |al |con )?(?:moverme|caminar|andar|hacer ejercicio|estirarme)\b`,
  },
  {
    fact: "betterWithExercise",
    re: rx`\b(?:mejora|mejoro|alivia|se alivia|se me pasa|se quita|va mejor|estoy mejor|me siento mejor)\b(?: \w+){0,2}? (?:con el (?:ejercicio|movimiento|deporte)|al (?:moverme|caminar|andar|hacer ejercicio|estirarme)|cuando (?:me muevo|camino|ando|hago ejercicio|hago deporte)|(?:despues de|tras) (?:caminar|andar|hacer ejercicio|correr|nadar|moverme))\b|\b(?:moverme|caminar|andar|el ejercicio|el movimiento|hacer ejercicio|estirarme)\b (?:me )?(?:alivia|ayuda|mejora|sienta bien|va bien)\b|\b(?:empeora|peor) (?:con el|en|al) (?:reposo|descanso|estar quiet[oa])\b`,
  },
];
