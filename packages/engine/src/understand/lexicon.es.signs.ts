import { EVERYDAY_ES } from "./lexicon.es.everyday.ts";
import type { LexiconPattern } from "./lexicon.ts";
import { alt, anyOf, denialGap, LIST_JOINS, NOT_LISTED, rx, skip, span, within } from "./lexicon.ts";
import { numberSource } from "./numbers.ts";
import { TEMPERATURE_PATTERNS } from "./temperature.ts";

const NUM = numberSource("es");
const DOLOR = rx`${alt`
  dolor(?:es)? duel(?:e|en) doli(?:a|o) molestias? pinchazos? punzadas? ciatica irradia\w* corrientazos? quema(?:zon)? ardor
  arde calambres? corriente descargas? electricidad
`}`;
const MUEVE = rx`(?:baja|bajando|bajo|corre|recorre|irradia|se irradia|se extiende|se va|va|llega|se corre|pasa)`;
/**
 * What "no siento" / "no noto" may deny rather than lose: "no siento hormigueo" is no tingling, "no noto mejoría" no
 * change; "no siento las piernas" is a loss of feeling.
 */
const NOT_A_LOSS = rx`(?:${alt`
  dolor(?:es)? molestias? mejor\w* alivio cambios? diferencias? hormigue\w* cosquille\w* adormecimiento entumecimiento
  calambres? pinchazos? punzadas? debilidad ardor ningun\w* algun\w*
`})`;
/** A loss of feeling said with "no": "no siento las piernas", "no noto el culo", "no siento ni las piernas ni…". */
const NO_FEEL = rx`${alt`
  no_(?:la_|lo_|las_|los_)?(?:siento|sentir|sienta)(?!_(?:ni_)?(?:${NOT_A_LOSS}|nada_(?:raro|extraño|malo|diferente)))(?:_ni)?
  no_(?:la_|lo_|las_|los_)?(?:noto|nota)(?!_(?:ni_)?(?:${NOT_A_LOSS}|nada|que|cuando|si))(?:_ni)?
`}`;
const NUMB = rx`${alt`
  dormid[oa]s? dormidit[oa]s? anestesiad[oa]s? anestesia adormecid[oa]s? adormecimiento entumecid[oa]s? entumecimiento hormigue(?:o|os|a|an)
  hormigas hormiguitas entumid[oa]s? (?:como_)?(?:agujas|agujitas|alfileres)
  cosquilleos? acorchad[oa]s? insensib(?:le|les|ilidad) sin_sensibilidad sin_sensacion
  (?:no_tengo_)?(?:cero|ninguna|nada_de)_sensibilidad
  ${NO_FEEL}
  se_(?:me|le)_(?:duerme|duermen|duerma|duerman|durmio|adormece|adormecen|adormezca|entumece|entumecen|entume|entumen)
  se_(?:me|le)_(?:durmieron|adormecio|adormecieron|entumecio|entumecieron|entumio|entumieron|acorcho|acorcharon)
  no_(?:la_|lo_|las_|los_)?siente(?!_(?:dolor|molestias?|mejor\w*|alivio|cambios?)) (?:como_)?de_(?:carton|corcho|madera)
  parestesias?
`}`;
const PIERNA = rx`${alt`
  piernas? patas? gambas? muslos? pantorrillas? gemelos? pies? dedos(?:_del_pie|_de_los_pies)? dedo_gordo tobillos? talon(?:es)?
  miembros?_inferior(?:es)? mmii
  plantas?_de(?:l|_los)_pies? rodillas? espinillas?
`}`;
const BELOW = rx`(?:pies?|dedos(?: del pie| de los pies)?|tobillos?|pantorrillas?|gemelos?|talon(?:es)?|plantas? de(?:l| los) pies?|espinillas?|empeines?)`;
const PAST_KNEE = rx`(?:(?:por )?debajo de (?:la |las )?rodillas?|mas abajo de (?:la |las )?rodillas?|pasa(?:ndo|d[oa]s?)? (?:de )?(?:la |las )?rodillas?)`;
/** "De las rodillas para abajo". */
const KNEES_DOWN = rx`\bde (?:la |las )?rodillas? (?:para|hacia|pa) abajo\b`;
const HASTA = rx`(?:hasta|a|al|en|por|hacia)(?: (?:el|la|los|las|mi|mis))?`;
const SADDLE = rx`${alt`
  entrepierna genitales zona_(?:intima|genital|del_perine|perineal) partes_intimas mis_partes ano nalgas?
  gluteos? trasero culo perine perineal perianal cara_interna_de_los_muslos ingles? vagina pene testiculos vulva
  silla_de_montar ahi_abajo poto pompis pompas? perineo entre_las_piernas fondillo (?<!(?:haciendo|hacer|en_la|una)_)cola colita
`}`;
/** Pee by its names: "hacer pis", "hacer del uno". */
const PIS_WORD = rx`(?:pis|pipi|chis|del uno|del 1)`;
const PIS = rx`(?:orinar|hacer ${PIS_WORD}|mear|miccionar|vaciar la vejiga|(?:largar|soltar|sacar|echar) (?:el |la )?(?:pis|pipi|orina))`;
const NOT_RECENT = rx`\b${alt`
  hace_(?:(?:mas_de|unos|unas|como)\s+)?(?:\d+|muchos|varios|dos|tres|cuatro|cinco|seis|diez|veinte|un)_(?:años|anos)
  hace_años hace_anos de_(?:niñ[oa]|nin[oa]|joven|pequeñ[oa]|pequen[oa]) el_(?:año|ano)_pasado
  en_(?:19|20)\d\d
`}\b`;
/** Qué lado del muslo: "por atrás del muslo". */
const SIDE_OF = rx`(?:${alt`atras detras delante adelante el_costado (?:la_)?parte_de_(?:atras|delante|adelante|afuera)`} (?:del?|de los) )`;
const THIGH = rx`(?:muslos?|rodillas?|parte (?:de atras|trasera|posterior) de(?: la| las)? piernas?)`;
const UNA_PIERNA = alt`(?:la|mi|una)_pierna pierna_(?:izquierda|derecha) el_pie mi_pie la_rodilla el_tobillo`;
/** Words between the legs and how they are: "las piernas se me ponen cada vez más flojas". */
const LINKING = alt`me se se_me estan son muy un_poco algo como de tan cada_(?:vez|dia)_mas mas`;
const ENLACE = alt`me se se_me esta muy un_poco algo como izquierda derecha de tan cada_(?:vez|dia)_mas mas`;
/** The leg named before, said to give way at the end of its clause: "la pierna derecha… hoy ya no puedo, se me dobla". */
const AFTER_ONE_LEG = rx`(?=\s*(?:[,.;!?\n]|$| (?:y|cuando|al|a veces|de repente|sola)\b))(?<=\b(?:pierna|rodilla)\b[^.;!?\n]{0,90})`;
const CAMINANDO = alt`camin\w* ando andar andando de_pie parad[oa] haciendo_cola en_la_cola de_compras`;
/** Las dos piernas; "entre las piernas" es la zona de la silla de montar. */
const LAS_DOS_PIERNAS = alt`
  ambas_piernas las_dos_piernas (?<!entre_)las_piernas los_dos_pies ambos_pies los_pies mis_piernas las_dos_patas las_patas
  las_gambas
  (?<!(?:dentro|interna|interior)_de_)los_muslos ambos_muslos (?:ambos|los)_miembros_inferiores mmii
  las_pantorrillas los_gemelos (?:las_dos|ambas)_(?:espinillas|pantorrillas|rodillas|plantas)
  (?:los_dos|ambos)_(?:muslos|tobillos|gemelos|talones)
`;
/** Las piernas como siguiente elemento de una lista tras la zona dormida: "hormigueo en la entrepierna y en las piernas". */
const LISTED_AFTER_SADDLE = rx`\b(?<=${LIST_JOINS} )(?<=\b${NUMB}\b[^.;!?\n]{0,40}\b${SADDLE},? ${LIST_JOINS} )`;
/** Unas piernas con lo suyo ("y las piernas flojas") no son parte de la lista de lo dormido. */
/** Las piernas antes dormidas y luego la zona: "adormecidos los muslos y las nalgas". */
const LISTED_AFTER_LEGS = rx`\b(?<=${LIST_JOINS} )(?<=\b${NUMB}\b[^.;!?\n]{0,50}\b${PIERNA},? ${LIST_JOINS} )`;
/** Legs said to be fine ("y las piernas bien", "las piernas responden"): not a pain or numbness of both legs. */
const LEGS_FINE = rx`(?! (?:(?:me|se me|las tengo|los tengo|estan|siguen|van|andan|las siento|las noto)\s)?${alt`
  bien(?=\s*(?:[,.;!?\n]|$|y\b|pero\b)) normal(?:es)? perfect[ao]s? fuertes? sanas? responden funcionan
`}\b)`;
/** The inner thighs are the saddle, not the legs: "la parte de adentro de los muslos". */
const NOT_INNER = rx`(?<!\b(?:adentro|dentro|interna|interior|internos)\b[^.;!?\n]{0,12})`;
/** The saddle named as the next item of a list: "las piernas y la cola", "los pies, las nalgas". */
/** "Ni" naming one more place after a loss of feeling: "no siento las piernas ni el culo", "no noto el culo ni…". */
const NI_AFTER_LEGS = rx`(?<=\b${NO_FEEL}\b[^.;!?\n]{0,50}\b${PIERNA},? )ni (?:(?:en|por) )?`;
const NI_AFTER_SADDLE = rx`(?<=\b${NO_FEEL}\b[^.;!?\n]{0,40}\b${SADDLE},? )ni (?:(?:en|por) )?`;
const SADDLE_LISTED_NEXT = rx`(?=,? (?:y|e|ni|,)\s?(?:(?:tambien|en|el|la|los|las|mi|mis)\s)*${SADDLE}\b)`;
/** El único sitio dormido, tras negar otro: "las piernas no las tengo dormidas, solo la entrepierna". */
const ONLY_THERE = rx`\b(?=,? (?:solo|solamente|nada mas) )(?<=\b${NUMB}\b[^.;!?\n]{0,30}),? (?:solo|solamente|nada mas) (?:(?:en|el|la|los|las|mi|mis)\s)*`;
const OWN_PREDICATE = rx`(?! (?:\w+ )?(?:flojas?|debil(?:es)?|fuertes?|bien|normal(?:es)?|me fallan|fallan|se me doblan|duel\w*))`;
/** "No siento las piernas débiles": how the legs feel, after "no siento", is not numbness. */
const HOW_THEY_FEEL = rx`(?! (?:muy |tan |nada |mas |menos |algo |un poco )?${alt`
  debil(?:es)? flojas? pesadas? cansadas? fuertes? rar[oa]s? hinchadas? bien mal igual
`})`;
/** "De la cintura para abajo": the legs and the saddle together. */
const WAIST_DOWN = rx`\b(?:${NUMB}|no siento nada|sin sensibilidad)\b${span(20)}\b(?:de|desde) la cintura (?:para|hacia|pa) abajo\b`;
const WEAKER_EACH_DAY = rx`\bdebilit\w+\b${span(30)}\bcada (?:dia|vez) (?:mas|peor)\b`;
const HARDER_TO_LIFT = rx`\bcada vez me cuesta mas (?:levantar|subir|mover) (?:el|la|mi|los|las) (?:pie|pierna|piernas|pies)\b`;
/** Weight lost on purpose: "adelgacé porque empecé a correr". */
const ON_PURPOSE = alt`dieta regimen ejercicio deporte correr entrenar gimnasio a_proposito`;
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
    re: rx`\b(?:${DOLOR}|${MUEVE})\b(?<gap>${within(50)})(?:\b${HASTA} ${BELOW}|\b${PAST_KNEE}|${KNEES_DOWN})\b`,
    unless: rx`^(?!.*\b(?:dolor|duel|molest|pinchaz|punzad|ciatica|irradi|quem|ardor)).*\b(?:dormid|adormec|entumec|hormigue|cosquill|acorchad|insensib)`,
    yieldsTo: ["walkingLegPainEasedBySitting"],
  },
  {
    fact: "legPain",
    value: "below_knee",
    negated: null,
    re: rx`\b${DOLOR}\b${span(40)}\b${alt`sobre_todo sobretodo mas_que_nada especialmente en_especial`} (?:en )?(?:(?:el|la|los|las|mi|mis)\s)?${BELOW}\b`,
    yieldsTo: ["walkingLegPainEasedBySitting"],
  },
  {
    fact: "legPain",
    value: "below_knee",
    negated: null,
    confidence: 0.8,
    re: rx`\bme duele(?:n)? (?:mucho |bastante )?(?:el|la|los|las)(?: dos| ambas| ambos)? (?:pies?|tobillos?|pantorrillas?|gemelos?|dedos del pie)\b`,
    yieldsTo: ["walkingLegPainEasedBySitting"],
  },
  {
    fact: "legPain",
    value: "above_knee",
    negated: null,
    re: rx`\b(?:${DOLOR}|${MUEVE})\b(?<gap>${within(40)})\b(?:${HASTA}|(?:y|e) (?:el|la|los|las|mi|mis)) ${SIDE_OF}?${THIGH}\b`,
    unless: rx`^(?!.*\b(?:dolor|duel|molest|pinchaz|punzad|ciatica|irradi|quem|ardor)).*\b(?:dormid|adormec|entumec|hormigue|cosquill|acorchad|insensib)`,
    yieldsTo: ["walkingLegPainEasedBySitting"],
  },
  {
    fact: "legPain",
    value: null,
    negated: "none",
    confidence: 0.85,
    re: anyOf(
      rx`\b(?:dolor(?:es)?|molestias?) (?:en|de) (?:la |las |mis |ambas |las dos )?piernas?\b`,
      rx`\bme duele(?:n)? (?:la|las) piernas?\b`,
      rx`\b${MUEVE}(?: el dolor)? (?:por|a|hacia|hasta) (?:la|las|mis) (?:piernas?|patas?)\b`,
      rx`\b(?:ciatica|irradiad[oa]|irradia(?:cion)?)\b`,
    ),
    yieldsTo: ["walkingLegPainEasedBySitting"],
  },
  {
    fact: "legPain",
    value: "none",
    negated: null,
    re: rx`\bninguna de (?:las|mis) (?:dos )?piernas (?:me )?duele\b`,
  },
  {
    fact: "legPain",
    value: "none",
    negated: null,
    confidence: 0.8,
    re: anyOf(
      rx`\b(?:el dolor|solo|solamente) (?:se queda|esta|queda|es) (?:solo |solamente )?en (?:la )?espalda\b`,
      rx`\bse (?:me )?queda (?:solo |solamente )?en (?:la )?espalda\b`,
      rx`\b(?:esta|queda|se queda|es) (?:solo|solamente|unicamente) en (?:la )?(?:espalda|cintura|zona lumbar)\b`,
      rx`\bno (?:mas abajo|baja mas|pasa de (?:ahi|la nalga|la cadera|el gluteo))\b`,
    ),
  },
  {
    fact: "legPainBothSides",
    negated: null,
    confidence: 0.85,
    re: rx`\b(?:${DOLOR}|${NUMB}|${MUEVE})\b${span(40)}\b${LAS_DOS_PIERNAS}\b${LEGS_FINE}`,
    yieldsTo: ["walkingLegPainEasedBySitting", "legWeakness"],
  },
  {
    fact: "legPainBothSides",
    negated: null,
    confidence: 0.85,
    re: rx`\b(?:ambas piernas|las dos piernas|(?<!entre )las piernas|los dos pies|ambos pies)\b${LEGS_FINE}(?<gap>${within(30)})\b(?:${DOLOR}|${NUMB})`,
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
    re: rx`\b${NUMB}\b(?<gap>${within(30)})\b(?:(?:en|de|por|hasta)\s)?(?:(?:el|la|los|las|mi|mis|ambas|ambos|dos)\s)*${PIERNA}\b${HOW_THEY_FEEL}`,
    yieldsTo: ["saddleNumbness"],
  },
  {
    fact: "legNumbness",
    re: rx`\b${PIERNA}\b${denialGap(3, LIST_JOINS)} (?:(?:esta|estan|la|lo|las|los|tengo|siento|noto|se|me|muy|un poco|algo|como|izquierda|derecha)\s)*${NUMB}`,
    yieldsTo: ["saddleNumbness"],
  },
  {
    fact: "legNumbness",
    re: rx`${LISTED_AFTER_SADDLE}(?:(?:en|por) )?(?:(?:el|la|los|las|mi|mis|ambas|ambos|dos)\s)*(?:parte ${alt`
      de_atras trasera de_adelante delantera de_afuera externa
    `} de (?:los |las |mis )?)?${PIERNA}\b${OWN_PREDICATE}`,
  },
  {
    fact: "legNumbness",
    re: rx`\b${NUMB}\b${span(60)}\bhasta (?:(?:el|la|los|las|mi|mis)\s)?${PIERNA}\b`,
    yieldsTo: ["saddleNumbness"],
  },
  {
    fact: "legNumbness",
    confidence: 0.8,
    re: rx`\b(?:siento|noto|tengo) (?:la|mi|las|mis) piernas? (?:muy |como )?(?:raras?|extrañas?)\b`,
  },
  {
    fact: "legNumbness",
    value: null,
    confidence: 0.7,
    re: rx`\b(?:hormigueos?|adormecimiento|entumecimiento|cosquilleo|parestesias?)\b(?![^.;!?\n]{0,25}\b${alt`
      brazos? manos? dedos_de_la_mano cara labios? cuello hombros? pecho
    `}\b)`,
    yieldsTo: ["saddleNumbness", "sexualDysfunction", "legNumbness"],
  },
  weak(
    "both_legs",
    rx`\b(?:(?:las|mis|ambas|las dos) (?:piernas|patas|gambas)|piernas)\b${denialGap(3)} (?:${LINKING}\s)*${alt`
      fallan fallaron flojean flaquean dobl(?:an|aron) debiles flojas
      no_me_(?:sostienen|aguantan|responden) de_gelatina de_trapo sin_fuerza ceden
    `}\b`,
  ),
  weak(
    "both_legs",
    rx`\bse me ${alt`doblan doblaron fallan fallaron flojean flojearon`} (?:las |mis |ambas |las dos )piernas\b|\b${alt`
      me_fallan me_flojean me_fallaron
    `} (?:las|mis|ambas) (?:piernas|rodillas)\b|\b${alt`
      debilidad sin_fuerza falta_de_fuerza
    `} (?:en )?(?:las|ambas|las dos|mis) piernas\b`,
  ),
  weak(
    "one_leg",
    rx`\b${UNA_PIERNA}\b${denialGap(3)} (?:${ENLACE}\s)*${alt`
      falla fallo flojea flaquea dobla doblo debil floja no_me_(?:sostiene|aguanta|responde) sin_fuerza
      cede
    `}\b`,
  ),
  weak(
    "one_leg",
    rx`\bse me (?:dobla|doblo) (?:la )?(?:pierna|rodilla)\b|\b(?:me falla|me flojea) (?:la|mi) (?:pierna|rodilla)\b|\b${alt`
      debilidad sin_fuerza falta_de_fuerza
    `} en (?:la|una|mi) pierna\b|\b(?:pierna|pie) debil\b`,
  ),
  weak("one_leg", rx`\bse me (?:dobla|doblo|falla|fallo|flojea|afloja|vence|cede)\b${AFTER_ONE_LEG}`),
  weak(
    "one_leg",
    rx`\b${alt`
      arrastr(?:o|ando|a)_(?:el|un|mi)_pie pie_caido pie_(?:en_)?pendulo
      no_(?:puedo|consigo)_(?:levantar|subir|flexionar)_(?:la_punta_del|el|mi)_pie
      no_puedo_(?:caminar|andar|ponerme|pararme)_(?:de|en)_(?:puntillas|talones|puntas?_de_(?:pie|pies))
      no_me_sostengo_(?:en|sobre)_(?:la_punta_del|el|mi|un)_pie
      tropiezo_con_(?:mi|el)_(?:propio_)?pie
    `}\b`,
  ),
  {
    fact: "legWeakness",
    value: "none",
    negated: null,
    confidence: 0.75,
    re: anyOf(
      rx`\b(?:tengo|con|conservo) (?:buena |toda la |la )?fuerza (?:y sensibilidad )?(?:en (?:las|las dos|ambas) piernas|normal(?:es)?)\b`,
      rx`\bfuerza (?:en (?:las|ambas) piernas )?(?:es |esta )?(?:bien|normal|conservada)\b|\btengo (?:buena )?fuerza y sensibilidad\b`,
      rx`\bpiernas? (?:fuertes?|con fuerza|bien de fuerza)\b`,
      // "Las piernas bien" at a clause's end; not "piernas bien dormidas", where "bien" means "very".
      rx`\b(?:las )?piernas (?:(?:las )?(?:tengo|noto|siento) |estan |van )?(?:bien|normal(?:es)?|perfectas?)(?=\s*(?:[,.;:!?\n]|$| y\b| e\b))`,
    ),
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
    re: rx`\b${alt`
      cada_(?:dia|vez)_mas_(?:debil(?:es)?|floj[oa]s?) cada_(?:dia|vez)_me_falla(?:n)?_mas
      la_debilidad_(?:va_a_mas|empeora|aumenta|esta_empeorando) mas_debil_cada_dia
      debil(?:es)?_(?:y_)?cada_(?:vez|dia)_(?:peor|mas)
      (?:me_)?(?:fallan|falla)_cada_vez_mas
    `}\b|\bcada (?:dia|vez)\b${span(30)}\bmas (?:debil(?:es)?|floj[oa]s?|sin fuerza)\b|${WEAKER_EACH_DAY}|${HARDER_TO_LIFT}|\bdebilidad\b${span(30)}\b${alt`
      va_a_(?:peor|mas) empeora\w* aumenta\w* cada_(?:vez|dia)_(?:es_|esta_)?(?:mas|peor)
    `}`,
  },
  {
    fact: "walkingLegPainEasedBySitting",
    re: rx`\b${CAMINANDO}\b${span(60)}\b(?:piernas?|muslos?|gemelos|pantorrillas|nalgas)\b${span(80)}\b${alt`
      me_siento sentarme sentar sentad[oa] me_inclino inclinarme me_agacho agacharme descans\w* me_paro pararme
      apoyarme el_carrito el_carro
    `}\b`,
  },

  {
    fact: "walkingLegPainEasedBySitting",
    re: rx`\b${CAMINANDO}\b${span(40)}\b(?:tengo que|me tengo que|debo) ${alt`sentarme sentar pararme descansar`}\b${span(40)}\b${alt`
      piernas? muslos? gemelos pantorrillas
    `}\b`,
  },

  // Señales de emergencia.
  {
    fact: "saddleNumbness",
    re: rx`\b${NUMB}\b(?<gap>${within(25)})\b(?<!\bdesde )(?:(?:en|de|alrededor del?|por|la|el|los|las|mis|mi|bien)\s)*${SADDLE}\b(?! hasta)`,
    // "Al tener relaciones no siento nada ahí abajo" es la función sexual.
    yieldsTo: ["sexualDysfunction"],
  },
  { fact: "saddleNumbness", re: rx`${ONLY_THERE}${SADDLE}\b` },
  { fact: "saddleNumbness", re: WAIST_DOWN },
  { fact: "legNumbness", re: WAIST_DOWN },
  { fact: "legPainBothSides", negated: null, re: WAIST_DOWN },
  { fact: "legNumbness", re: rx`${ONLY_THERE}${PIERNA}\b`, yieldsTo: ["saddleNumbness"] },
  // The legs listed before the saddle ("se me duermen las piernas y las nalgas") are numb too.
  {
    fact: "legNumbness",
    re: rx`\b${NUMB}\b(?<gap>${within(30)})\b(?:(?:el|la|los|las|mi|mis|ambas|ambos|dos)\s)*${NOT_INNER}${PIERNA}\b${SADDLE_LISTED_NEXT}`,
  },
  {
    fact: "saddleNumbness",
    re: rx`${LISTED_AFTER_LEGS}(?:(?:en|por) )?(?:(?:el|la|los|las|mi|mis)\s)*${SADDLE}\b${OWN_PREDICATE}`,
  },
  // "No siento las piernas ni el culo": after a loss of feeling, "ni" names one more place that is not felt.
  {
    fact: "saddleNumbness",
    re: rx`${NI_AFTER_LEGS}(?:(?:el|la|los|las|mi|mis)\s)*${SADDLE}\b${OWN_PREDICATE}`,
  },
  {
    fact: "legNumbness",
    re: rx`${NI_AFTER_SADDLE}(?:(?:el|la|los|las|mi|mis|ambas|ambos|dos)\s)*${NOT_INNER}${PIERNA}\b${OWN_PREDICATE}`,
  },
  {
    fact: "saddleNumbness",
    re: rx`\b${SADDLE}\b${denialGap(3)} (?:(?:esta|estan|la|lo|las|los|tengo|siento|noto|se|me|muy|un poco|algo|como|completamente)\s)*${NOT_LISTED}${NUMB}`,
  },
  {
    fact: "saddleNumbness",
    re: rx`\bno siento (?:nada )?(?:al limpiarme|el papel(?: higienico)?|cuando me limpio)\b|\b(?:anestesia|hipoestesia) en silla de montar\b`,
  },
  {
    fact: "bladderChange",
    re: anyOf(
      rx`\b(?:(?:no|ni siquiera|casi no|apenas) (?:puedo|puede|pueda|podia|pude|pudo|he podido|consigo|consigue|logro|logra)|sin poder) ${PIS}\b`,
      rx`\bme (?:sondearon|pusieron (?:una )?sonda)\b|\bsondaje vesical\b`,
      rx`\b(?:me cuesta|dificultad para|problemas para|tengo que hacer fuerza para) (?:empezar a )?${PIS}\b`,
    ),
  },
  {
    fact: "bladderChange",
    re: anyOf(
      rx`\bme (?:hago|hice|he hecho|orino|orine|meo|mee) (?:pis |pipi )?encima\b`,
      rx`\bse me (?:escapa|escapo|sale|salio) (?:el pis|la orina|el pipi|la pipi|un poco de orina)\b`,
      rx`\b(?:perdidas?|escapes?|goteo) de orina\b`,
      rx`\bmoj(?:e|o|ado) (?:la cama|los pantalones|la ropa)\b`,
      rx`\b(?:no (?:puedo|consigo)|sin poder) (?:controlar|aguantar|retener) (?:el pis|la orina|la vejiga|el pipi)\b`,
    ),
  },
  {
    fact: "bladderChange",
    re: anyOf(
      rx`\bincontinencia(?: urinaria)?\b(?! (?:de heces|fecal|anal|intestinal))`,
      rx`\b(?:perdi|he perdido|pierdo|perdida del?) (?:el )?control (?:de|sobre) (?:la vejiga|la orina|el pis|los esfinteres)\b`,
      rx`\bno controlo (?:la vejiga|la orina|el pis|los esfinteres)\b`,
      rx`\bretencion (?:de orina|urinaria)\b`,
    ),
    yieldsTo: ["bowelIncontinence"],
  },
  {
    fact: "bladderChange",
    re: anyOf(
      rx`\bno (?:siento|noto) (?:cuando |cuándo |las ganas de |que tengo ganas de |si tengo ganas de |al )?(?:tengo ganas de )?${PIS}\b`,
      rx`\bno (?:siento|noto) (?:que )?(?:la vejiga (?:esta )?llena|cuando se llena la vejiga)\b`,
    ),
  },
  {
    fact: "bladderChange",
    confidence: 0.75,
    re: rx`\b(?:problemas|alteraciones|cambios|trastornos) (?:urinari[oa]s|(?:de|en|con) (?:la )?(?:orina|vejiga|los esfinteres|esfinteres)|para orinar)\b`,
  },
  {
    fact: "bladderChange",
    value: false,
    negated: null,
    confidence: 0.8,
    re: anyOf(
      rx`\b(?:orino|hago pis|meo)(?: y (?:defeco|evacuo|hago caca))? (?:bien|normal)\b|\bvoy al baño (?:bien|normal)\b|\bla vejiga (?:bien|normal)\b`,
      rx`\b(?:la )?vejiga (?:y|e) (?:el )?intestino (?:estan )?(?:bien|normal(?:es)?)\b`,
      rx`\bcontrol de (?:los )?esfinteres (?:bien|normal|conservado)\b`,
      rx`\bcontrolo (?:bien |perfectamente |normal )?(?:la orina|el pis|la vejiga|los esfinteres)\b`,
    ),
  },
  {
    fact: "bowelIncontinence",
    re: anyOf(
      rx`\bme (?:hice|hago|he hecho) (?:caca|popo) encima\b`,
      rx`\bse me (?:escapa|escapo|salio) (?:la caca|las heces|el popo|la popo)\b`,
      rx`\bincontinencia (?:(?:ni )?(?:de orina|urinaria) (?:ni|o|y|e) (?:ni )?)?(?:fecal|anal|intestinal|de heces)\b`,
      rx`\b(?:perdi|he perdido|pierdo|perdida del?) (?:el )?control (?:de|del|sobre) ${alt`
        los_intestinos el_intestino las_heces el_vientre la_caca los_esfinteres
      `}\b`,
      rx`\bno controlo (?:el intestino|las heces|la caca|los esfinteres)\b`,
      rx`\bno (?:puedo|consigo) (?:controlar|aguantar|retener) (?:la caca|las heces|el intestino)\b`,
    ),
  },
  {
    fact: "bowelIncontinence",
    confidence: 0.75,
    re: anyOf(
      rx`\b(?:alteraciones|problemas|cambios|trastornos) (?:urinari[oa]s (?:ni|o|y) )?fecales\b`,
      rx`\b(?:alteraciones|cambios|trastornos) (?:de|en|con) (?:los )?esfinteres\b`,
      rx`\b(?:alteraciones|problemas|cambios) (?:de|con|en) (?:(?:la )?(?:vejiga|orina) (?:ni|y|o|e) (?:de |con |en )?)?(?:el |los )?intestinos?\b`,
      rx`\bincontinencia\b${span(20)}\b(?:de heces|fecal|anal)\b`,
    ),
  },
  {
    fact: "bladderChange",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\b(?:no (?:he notado|noto|siento) )?nada (?:raro|extraño|diferente) al (?:orinar|hacer pis|mear)\b`,
  },
  {
    fact: "bowelIncontinence",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\b(?:no (?:he notado|noto|siento) )?nada (?:raro|extraño|diferente) al (?:orinar|hacer pis|mear) (?:ni|y|o) al (?:hacer caca|defecar|evacuar)\b`,
  },
  {
    fact: "bowelIncontinence",
    value: false,
    negated: null,
    confidence: 0.8,
    re: anyOf(
      rx`\b(?:defeco|hago caca|voy de (?:vientre|cuerpo)|evacuo) (?:bien|normal)\b`,
      rx`\bcontrol de (?:los )?esfinteres (?:bien|normal|conservado)\b`,
      rx`\bcontrolo (?:bien |perfectamente |normal )?(?:(?:la orina|el pis|la vejiga) (?:y|e) )?(?:las heces|el intestino|la caca|los esfinteres)\b`,
      rx`\b(?:del intestino|del vientre|de la caca) (?:todo |ando |voy )?(?:bien|normal)\b`,
      rx`\b(?:(?:la )?vejiga (?:y|e) )?(?:el )?intestino (?:esta |estan )?(?:bien|normal(?:es)?)\b`,
      rx`\b(?:orino|hago pis|meo) y (?:defeco|evacuo|hago caca) (?:bien|normal)\b`,
      rx`\bvoy al baño (?:bien|normal)\b`,
    ),
  },
  {
    fact: "sexualDysfunction",
    re: anyOf(
      rx`\b(?:problemas|dificultad(?:es)?) (?:de|con|para) (?:la |tener )?erecci(?:on|ones)\b`,
      rx`\bno (?:tengo|consigo|logro) (?:una )?ereccion\b`,
      rx`\bdisfuncion (?:erectil|sexual)\b`,
      rx`\bno siento (?:nada )?(?:en|durante) (?:las )?relaciones\b`,
      rx`\bperdida de sensibilidad (?:en|durante) (?:el sexo|las relaciones)\b`,
      rx`\bno llego al orgasmo\b`,
      rx`\bno (?:llego|logro|consigo|puedo) (?:a )?(?:terminar|acabar|eyacular|venirme)\b`,
      rx`\bdificultad(?:es)? (?:para|en|con|al) (?:tener )?(?:relaciones|sexo)\b`,
    ),
  },
  {
    fact: "bladderChange",
    re: rx`\bincontinencia (?:ni )?(?:de orina|urinaria)\b`,
  },
  {
    fact: "sexualDysfunction",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\b(?:lo sexual|la parte sexual|sexualmente|la ereccion|las erecciones)\b (?:todo |esta |estan |va |van |funciona |funcionan )?(?:bien|normal)\b`,
  },
  {
    fact: "chestSymptoms",
    re: anyOf(
      rx`\b(?:dolor|opresion|presion|peso|tirantez|molestia|ardor) (?:en el|de|del) pecho\b`,
      rx`\bpecho\b${denialGap(3)} (?:(?:me|se|muy|un poco|como)\s)*(?:duele|aprieta|oprime|pesa|arde|apretado|oprimido)\b`,
      rx`\b${alt`
        me_falta_el_aire falta_de_aire me_ahogo ahogo sensacion_de_ahogo no_puedo_respirar
        me_cuesta_respirar dificultad_para_respirar sudor_frio
        sudores_frios(?!_(?:por_las?_noches?|de_noche|en_la_noche|nocturnos)) sudando_frio
      `}\b`,
      rx`\b(?:dolor|me duele)\b${skip(0, 4)} (?:en |hacia )?(?:la |el )?(?:mandibula|brazo izquierdo)\b`,
      // A pain that tears or goes straight through to the chest, as the aorta's does.
      rx`\b(?:me )?(?:atraviesa|atraviesan|traspasa|irradia|pasa|va|sube) (?:hasta el|hacia el|al) pecho\b`,
    ),
  },
  {
    fact: "abdominalPain",
    re: anyOf(
      rx`\b${alt`
        dolor molestias? me_duele(?:n)? punzadas? calambres? colicos?
      `}\b${skip(0, 2)} (?:de |en (?:el |la )?|el |la )?(?:barriga|panza|tripa|estomago|abdomen|vientre|abdominal)\b`,
      rx`\b(?:barriga|panza|tripa|estomago|abdomen|vientre)\b${skip(0, 3)} (?:(?:me|que|como|se)\s)*(?:duele|late|palpita|pulsa|arde)\b`,
      rx`\b${alt`latido pulso palpitacion late bombeo pulsacion(?:es)? pulsa`}\b${skip(0, 4)} (?:en )?(?:la |el )?${alt`
        barriga panza tripa estomago abdomen vientre
      `}\b`,
    ),
  },
  {
    fact: "urinarySymptoms",
    re: anyOf(
      rx`\b${alt`
        ardor arde escozor escuece me_escuece quema(?:zon)? me_quema pica molestias? dolor me_duele
      `}\b${skip(0, 2)} (?:al|cuando|para) (?:orinar|hacer pis|mear|orino|hago pis|meo)\b`,
      rx`\b(?:orino|hago pis|meo|voy al baño|tengo que orinar|ganas de orinar)\b${skip(0, 2)} ${alt`
        mucho(?!_esfuerzo|_trabajo) (?:muy_)?seguido a_cada_rato cada_rato todo_el_tiempo constantemente a_menudo continuamente
        muchas_veces cada_(?:hora|media_hora|poco)
      `}\b`,
      rx`\b(?:sangre en la orina|orina con sangre|orina (?:roja|rosada)|hematuria)\b`,
    ),
  },
  {
    fact: "urinarySymptoms",
    re: rx`\b(?:al|cuando) (?:orino|orinar|hago pis|meo|mear)\b (?:me )?(?:arde|quema|escuece|pica|duele)\b`,
  },
  {
    fact: "urinarySymptoms",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\b(?:orino|hago pis|meo)\b${span(15)}\bsin (?:dolor|ardor|molestias?|escozor)\b`,
  },
  {
    fact: "urinarySymptoms",
    re: rx`\b(?:me levanto|me despierto) (?:\d+|${NUM}|varias|muchas) veces (?:por|en) la noche (?:a|para) (?:orinar|hacer pis|mear)\b`,
  },
  {
    fact: "urinarySymptoms",
    confidence: 0.7,
    re: rx`\b(?:infeccion (?:de orina|urinaria)|cistitis|(?:alteraciones|sintomas) urinari[oa]s)\b`,
  },

  // Banderas rojas de infección, fractura, cáncer.
  {
    fact: "fever",
    re: rx`\b${alt`
      fiebre febril calentura escalofrios? chuchos tiritona tiritando temblores_de_frio sudores_nocturnos
      me_tiritan_los_dientes tirito(?:_de_frio)?
      sudor(?:es)?_(?:frios_)?(?:por_las?|de|en_la)_noches? (?:sudo|sudando)_(?:\w+_)?(?:por_las?_noches?|de_noche)
      empapo_(?:el_pijama|la_ropa|la_almohada|la_cama)
      empapo_las_sabanas me_empapo sudo_a_mares empapad[oa]_(?:en|de)_sudor
      (?:de|por_la|en_la)_noche_(?:me_)?(?:sudo|transpiro|empapo)
    `}\b(?<!\b${alt`tome tomo tomar tomando toma tomaron medi mido medir midiendo controle controlo`} (?:la |mi )?fiebre)`,
  },
  { fact: "fever", value: false, negated: false, re: rx`\bafebril\b` },
  { fact: "fever", value: false, negated: null, re: rx`\btemperatura (?:normal|bien)\b` },
  {
    fact: "fever",
    read: "temperature",
    negated: null,
    re: anyOf(
      rx`\b(?:temperatura|fiebre|febricula|calentura|termometro (?:marca|marco|dio|da|me dio)) (?:de |a |en |alta de |que llego a )?(?<n>\d{2}(?:[.,]\d)?)\b`,
      rx`\b(?<n2>3[6-9](?:[.,]\d)?|4[0-2](?:[.,]\d)?)\s*(?:°|grados|de fiebre|de temperatura|y pico|y algo|y medio|y poco)\b`,
    ),
  },
  {
    fact: "weightLoss",
    re: anyOf(
      rx`\b(?:he |ha )?(?:perdido|bajado|baje|perdi|adelgazado|adelgace|adelgazando|perdiendo|bajando) (?:de )?${alt`
        peso (?:(?:unos|casi|mas_de|como)\s)?(?:\d+|${NUM})_(?:kilos|kg|kilogramos|libras) kilos (?:mucho|bastante)_(?:de_)?peso
      `}\b`,
      rx`\b(?:perdida de peso|adelgazamiento)\b`,
      rx`\b(?:he adelgazado|adelgace|adelgazo|estoy adelgazando)\b(?![^.;!?\n]{0,40}\b${ON_PURPOSE})`,
      rx`\b(?:quedando|quede|he quedado) en los huesos\b`,
      rx`\b(?:la ropa|los pantalones) me (?:queda|quedan|esta|estan) (?:muy )?(?:grandes?|flojos?|floja)\b|\bestoy (?:mas|muy) flac[oa]\b`,
      rx`\b(?:he|ha) (?:bajado|perdido|adelgazado)\b(?<=\bpeso\b[^.;!?\n]{0,60})`,
      rx`\b(?:perdi|he perdido|pierdo|perdiendo) (?:el apetito|las ganas de comer) y (?:bastante |mucho |algo de )?peso\b`,
      rx`\b(?:adelgazando|adelgace|he adelgazado|pierdo peso|perdiendo peso|bajando de peso) sin (?:querer|proponermelo|buscarlo|motivo|razon)\b`,
    ),
    unless: rx`(?<!(?:sin|no)(?: hacer| estar a| ponerme a| estoy a| hago)? )\b${alt`
      dieta a_proposito queriendo intencionadamente gimnasio regimen ejercicio deporte correr entrenar
    `}\b`,
  },
  {
    fact: "cancerHistory",
    re: rx`\b${alt`
      cancer tumor(?:es)? neoplasias? neoplasico tumor_maligno linfoma leucemia melanoma mieloma sarcoma carcinoma metastasis oncolog\w*
      mastectomia en_remision radioterapia quimio(?:terapia)?
    `}\b`,
    unless: rx`\b(?:miedo|preocupa\w*|descartar|descartaron|revision|chequeo)\b`,
  },
  {
    // "ca de próstata": the clinical shorthand, only before an organ ("en ca mi madre" is "at my mother's").
    fact: "cancerHistory",
    re: rx`\bca\.? (?:de |del )?${alt`
      prostata mama pulmon colon recto riñon vejiga tiroides utero cervix ovario pancreas estomago higado
    `}\b`,
    unless: rx`\b(?:miedo|preocupa\w*|descartar|descartaron|revision|chequeo)\b`,
  },
  {
    // "Libre de cáncer desde 2019" tells of a cancer: "libre de" here is no denial.
    fact: "cancerHistory",
    re: rx`\b(?:libre|libres) de (?:cancer|tumor(?:es)?)\b`,
  },
  {
    fact: "ivDrugUse",
    re: rx`\b(?:drogas?|heroina|cocaina|me meto|me pico|me chuto)\b${span(20)}\b(?:por (?:la )?vena|en (?:la |las )?venas?|intravenos\w*)\b`,
  },
  {
    fact: "ivDrugUse",
    value: null,
    re: rx`\bdrogas?\b`,
  },
  {
    fact: "ivDrugUse",
    re: rx`\b${alt`
      me_(?:inyecto|pincho|chuto) inyectarme me_inyectaba (?:me_he_|he_)?inyectado_(?:drogas|heroina|cocaina)
      drogas_(?:inyectadas|intravenosas|por_(?:la_)?vena) heroina heroinoman[oa] drogas_inyectables
    `}\b(?! insulina)`,
  },
  {
    fact: "immunosuppressed",
    re: rx`\b${alt`
      vih sida seropositiv[oa] trasplant\w* inmunosupres\w* inmunodeprimid[oa] inmunodeficiencia
      defensas_(?:bajas|muy_bajas|por_el_(?:piso|suelo)|bajisimas) metotrexato biologicos?
      sistema_inmun(?:e|ologico)_(?:(?:esta|es|muy)_)*(?:debil|bajo|deprimido|comprometido)
      tacrolimus ciclosporina azatioprina micofenolato
    `}\b`,
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
    re: anyOf(
      rx`\b(?:epidural|infiltraci(?:on|ones)|bloqueo (?:nervioso|facetario|epidural)|puncion lumbar|inyecci(?:on|ones) en (?:la )?(?:espalda|columna))\b`,
      rx`\b${alt`radiofrecuencia cateter rizolisis vertebroplastia cifoplastia neuroestimulador`}\b`,
      rx`\b(?:operaci(?:on|ones)|cirugia|intervencion|artrodesis|fusion) (?:de|en) (?:la )?(?:espalda|columna|hernia(?: discal)?|disco|lumbar)\b`,
      rx`\bme (?:operaron|intervinieron|(?:han|ha) (?:operado|intervenido)(?: nunca)?) (?:de|en) (?:la |una |mi |el )?${alt`
        espalda columna hernia disco lumbar cintura
      `}\b`,
    ),
  },
  {
    fact: "recentInfectionOrSpinalProcedure",
    unless: rx`${NOT_RECENT}|\b(?:orina|urinaria|vejiga|riñon|rinon|cistitis)\b`,
    yieldsTo: ["urinarySymptoms"],
    re: rx`\b(?:infecci(?:on|ones)|infectad[oa]|neumonia|celulitis|absceso|flemon|sepsis|antibioticos?|gripe|covid|bronquitis|amigdalitis|anginas)\b`,
  },
  {
    fact: "osteoporosis",
    re: rx`\b(?:osteoporosis|huesos (?:fragiles|debiles|(?:como )?de (?:vidrio|cristal))|descalcificaci(?:on|ada|ado)|baja densidad osea)\b`,
  },
  {
    fact: "steroidUse",
    re: rx`\b${alt`
      corticoides? corticosteroides? cortisona prednisona prednisolona dexametasona metilprednisolona deflazacort
      esteroides? urbason dacortin deltisona meticorten decadron betametasona
    `}\b`,
    unless: rx`\b(?:infiltraci|inyecci|crema|inhalador|spray|pomada)\w*`,
    yieldsTo: ["recentInfectionOrSpinalProcedure"],
  },
  {
    fact: "restNightPain",
    re: anyOf(
      rx`\b(?:peor|empeora|duele mas|mas dolor|dolor) (?:por la|de|en la|durante la) noche\b`,
      rx`\bdolor (?:de espalda |lumbar )?nocturno\b`,
      rx`\b(?:duele|duelen|dolor|molesta)\b${skip(0, 4)} (?:por las noches|de noche|toda la noche)\b`,
      rx`\bme despierta(?: por la noche| de noche| el dolor)?\b|\bme despierto (?:por|con|del) (?:el )?dolor\b`,
      rx`\b(?:acostad[oa]|tumbad[oa]|en la cama) me duele (?:mas|peor)\b`,
      rx`\bme desvela\b`,
      rx`\b(?:duele mas|peor|empeora) (?:estando |cuando estoy |al estar )?(?:acostad[oa]|tumbad[oa]|en la cama|en reposo|descansando)\b`,
    ),
  },
  {
    fact: "restNightPain",
    re: rx`\b${alt`
      ninguna_(?:postura|posicion)_(?:me_)?(?:alivia|ayuda|sirve)
      no_(?:encuentro|hay)_(?:postura|posicion)(?:_comoda)?
      no_(?:se_me_|me_)?(?:quita|alivia|calma|mejora|va|afloja|cede|para|baja)(?:_\w+)?_ni_${alt`
        (?:en|con_el)_(?:reposo|descanso) (?:cuando|aunque)_(?:estoy|este|me_quedo)_(?:quiet[oa]|acostad[oa]|tumbad[oa]|en_la_cama|descansando)
      `}
      ni_en_reposo en_reposo_(?:tambien|igual)_(?:me_)?duele dolor_constante_(?:incluso|hasta)_en_reposo
      que_no_me_deja_(?:dormir|descansar) duele_(?:igual|lo_mismo)_(?:acostad[oa]|tumbad[oa]|en_reposo|en_la_cama|quiet[oa])
      (?:incluso|hasta|aun|ni)_(?:en_reposo|estando_en_reposo|descansando|acostad[oa]|tumbad[oa]|quiet[oa]|en_la_cama)
    `}\b`,
  },
  {
    fact: "backLumpOrDeformity",
    re: anyOf(
      rx`\b${alt`
        bulto bultito chichon bola pelota pelotita quiste protuberancia hinchazon abultamiento masa
      `}\b${skip(0, 6)} (?:en|sobre|de) (?:la |mi )?(?:espalda|columna|vertebras?|zona lumbar)\b`,
      rx`\b(?:espalda|columna)\b${skip(0, 4)} (?:un )?(?:bulto|chichon|bola|hinchazon)\b`,
      rx`\b(?:espalda|columna) (?:${alt`
        se me esta se_ve se_me_ve ha se_ha_puesto se_me_ha_puesto quedado queda quedo
      `}\s)*(?:torcida|deformada|chueca|curvada|jorobada|con joroba)\b`,
      rx`\bcambio de forma (?:de|en) (?:la|mi) (?:espalda|columna)\b`,
      rx`\bjoroba\b`,
      rx`\bse (?:me )?ha (?:torcido|desviado|curvado|ladeado) (?:la|mi) (?:columna|espalda)\b`,
      rx`\bvertebras? (?:salidas?|fuera de (?:su )?(?:lugar|sitio)|desviadas?|hundidas?)\b|\bse me (?:salio|salieron) (?:una |las )?vertebras?\b`,
      rx`\b(?:bulto|bultito|chichon|bola|hinchazon) (?:nuevo |nueva )?que (?:antes )?no (?:estaba|tenia|habia)\b`,
    ),
  },
  {
    fact: "backLumpOrDeformity",
    value: null,
    re: rx`\b(?:bultos?|chichones?|bolitas?|protuberancias?|abultamientos?)\b`,
  },
  {
    fact: "morningStiffness",
    re: anyOf(
      rx`\b(?:rigid(?:ez|o|a)|ties[oa]|agarrotad[oa]|anquilosad[oa])\b${span(40)}\b${alt`
        por_las?_ma(?:ñ|n)anas? al_despertar(?:me)? al_levantarme cuando_me_levanto cuando_me_despierto
        matutina a_primera_hora
      `}\b`,
      rx`\b${alt`
        por_las?_ma(?:ñ|n)anas? al_levantarme al_despertar(?:me)? me_levanto
      `}\b${span(25)}\b(?:rigid(?:ez|o|a)|ties[oa]|agarrotad[oa]|anquilosad[oa]|dur[oa]s?|como un robot)\b`,
      rx`\b(?:tardo|me cuesta) (?:una hora|horas|mucho|un buen rato|\d+ (?:minutos|horas)|media hora) (?:en )?${alt`
        soltarme desentumecerme arrancar moverme_bien
      `}\b`,
    ),
  },
  {
    fact: "betterWithExercise",
    re: rx`\bse me (?:quita|pasa|alivia)\b${skip(0, 3)} (?:de |al |con )?(?:moverme|caminar|andar|hacer ejercicio|estirarme)\b`,
  },
  {
    fact: "betterWithExercise",
    re: anyOf(
      rx`\b(?:mejora|mejoro|alivia|se alivia|se me pasa|se quita|va mejor|estoy mejor|me siento mejor)\b${skip(0, 2)} ${alt`
        con_el_(?:ejercicio|movimiento|deporte) al_(?:moverme|caminar|andar|hacer_ejercicio|estirarme)
        cuando_(?:me_muevo|camino|ando|hago_ejercicio|hago_deporte|salgo_a_(?:caminar|andar|correr))
        (?:despues_de|tras)_(?:caminar|andar|hacer_ejercicio|correr|nadar|moverme)
      `}\b`,
      rx`\b(?:moverme|caminar|andar|el ejercicio|el movimiento|hacer ejercicio|estirarme)\b (?:me )?(?:alivia|ayuda|mejora|sienta bien|va bien)\b`,
      rx`\b(?:haciendo ejercicio|al hacer ejercicio|con el ejercicio|moviendome|al moverme)\b (?:se me |me )?(?:alivia|mejora|pasa|quita)\b`,
      rx`\b(?:empeora|peor) (?:con el|en|al) (?:reposo|descanso|estar quiet[oa])\b`,
    ),
  },
  ...TEMPERATURE_PATTERNS,
  ...EVERYDAY_ES,
];
