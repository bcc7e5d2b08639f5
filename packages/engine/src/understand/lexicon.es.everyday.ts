import type { LexiconPattern } from "./lexicon.ts";
import { alt, anyOf, near, rx, span, together } from "./lexicon.ts";

// Cómo se dicen las señales de alarma en el español de cada día (España y Latinoamérica): palabras
// coloquiales, eufemismos, faltas y sin tildes (el texto ya llega sin tildes). Cada frase se arma con partes
// con nombre y se busca dentro de una ventana de palabras (`near` en lexicon.ts): "muy", "un poco" o "la
// zona de" en medio no la rompen, y una negación en medio nunca queda escondida.

const BARRIGA = alt`
  panza pansa pancita barriga barriguita tripa tripas vientre bajo_vientre estomago abdomen guata ombligo
  boca_del_estomago
`;
const DUELE = alt`
  duel(?:e|en) dolor(?:es)? doli(?:a|o) molest\w+ retortijon(?:es)? colicos? calambres? latidos? late
  punzadas? pinchazos? ardor sordo
`;
const Y_TAMBIEN = alt`y e tambien ademas y_tambien y_ademas y_ahora_tambien ahora_tambien`;
const DORMIDO = alt`
  dormid[oa]s? adormecid[oa]s? entumecid[oa]s? acorchad[oa]s? insensible sin_sensibilidad hormigue\w*
  (?:perdido|perdi|sin|poca|menos)_(?:la_)?sensibilidad no_(?:siento|noto)_nada
`;
/** La zona de la silla de montar con palabras de todos los días ("la cola", "las pompis", "ahí abajo"). */
const ZONA = alt`
  cola colita pompis pompas nalgas? gluteos? trasero culo poto ano perine entrepierna ingles? genitales
  partes(?:_intimas)? mis_partes zona_intima ahi_abajo pene vagina vulva testiculos cara_interna_de_los_muslos
`;
const PIERNAS_PIES = alt`piernas? pies? muslos? rodillas? tobillos? pantorrillas? gemelos?`;
const LIMPIAR = alt`(?:al|cuando_me)_limpi\w+ el_papel papel_higienico`;
const PIS = alt`orinar orino orina pis pipi mear meo miccion vejiga`;
const POPO = alt`popo caca heces esfinter del_baño hacer_de_vientre defecar deposicion(?:es)? evacuar`;
const PIERNAS = alt`(?:las_)?(?:dos_|ambas_)?piernas (?:las_)?rodillas`;
const PIERNA = alt`(?:la_)?pierna (?:el_)?pie (?:la_)?rodilla`;
const FALLAN = alt`doblan fallan flojean van traban`;
const FALLA = alt`dobla falla flojea va traba cae`;

export const EVERYDAY_ES: readonly LexiconPattern[] = [
  // Barriga: "me duele la espalda baja y también la panza", "retortijones en la barriga".
  {
    fact: "abdominalPain",
    re: anyOf(
      together(rx`\b${DUELE}`, rx`${BARRIGA}\b`, 4),
      rx`\b${DUELE}\b${span(50)}\b${Y_TAMBIEN} (?:en )?(?:la |el |mi )?${BARRIGA}\b`,
    ),
  },

  // Silla de montar: "tengo la cola dormida", "no siento el papel cuando me limpio".
  {
    fact: "saddleNumbness",
    re: anyOf(
      together(rx`\b${DORMIDO}`, rx`${ZONA}\b`, 3, PIERNAS_PIES),
      rx`\b(?:no tengo|sin|he perdido|perdi) (?:la |nada de )?sensibilidad (?:en )?(?:${ZONA}|ahi abajo)\b`,
      rx`\bse me (?:duerme|durmio|adormece|entumece) (?:la |el |mi )?${ZONA}\b`,
      near(rx`\bno (?:siento|noto)(?! nada (?:raro|extraño|malo|diferente))`, rx`${LIMPIAR}\b`, 4),
      near(rx`\bno (?:siento|noto)`, rx`(?:ahi abajo|mis partes|la zona intima)\b`, 3),
    ),
  },

  // Vejiga: "no siento cuando tengo ganas", "tengo que pujar", "sale muy poco".
  {
    fact: "bladderChange",
    re: anyOf(
      rx`\bno (?:siento|noto) (?:cuando (?:tengo|me dan|me vienen) |las )?ganas\b(?! de (?:hacer caca|defecar|ir de vientre))`,
      rx`\bno me (?:salen|vienen|dan) las ganas de (?:orinar|hacer pis|mear)\b`,
      rx`\b(?:tengo que|hay que|debo) (?:pujar|apretar|hacer (?:mucha )?fuerza)\b${span(40)}\b(?:orinar|pis|mear|sale)\b`,
      rx`\b${PIS}\b${span(50)}\b(?:tengo que|hay que) (?:pujar|apretar|hacer (?:mucha )?fuerza)\b`,
      rx`\b(?:casi no|apenas|no) (?:me )?sale (?:nada|la orina|el pis|casi nada)\b|\bsale (?:muy )?poc[oa]\b`,
      rx`\bno (?:controlo|puedo controlar|me puedo aguantar|aguanto|retengo) (?:la |el )?(?:orina|pis|pipi|vejiga)\b`,
      rx`\bme (?:orine|mee|hice pis|hice pipi|hago pis)(?: encima| sin querer| en la cama| en la noche)\b`,
      rx`\b(?:se me (?:escapa|escapo|sale|salio)) (?:un poco de |algo de )?(?:la )?(?:orina|pis|pipi)\b`,
    ),
  },

  // Intestino: "no controlo el esfínter", "me hice caca encima".
  {
    fact: "bowelIncontinence",
    re: anyOf(
      rx`\bno (?:controlo|puedo controlar|aguanto|retengo|siento) (?:el |la |las )?${POPO}\b`,
      rx`\bse me (?:escapa|escapan|escapo|escaparon|sale|salio) (?:el |la |las )?${POPO}\b`,
      rx`\bme (?:hice|hago) (?:${POPO}) encima\b|\bme hice encima\b`,
      near(rx`\bno (?:siento|noto) cuando (?:tengo que|necesito)`, rx`(?:${POPO}|ir al baño)\b`, 3),
    ),
  },
  {
    fact: "bowelIncontinence",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\bni (?:para )?hacer de vientre\b|\bvoy al baño normal\b`,
  },

  // Función sexual: "no se me levanta", "no siento nada cuando tengo relaciones".
  {
    fact: "sexualDysfunction",
    re: anyOf(
      rx`\bno se me (?:levanta|para|pone (?:dura|duro)|endurece)\b`,
      near(rx`\bno (?:siento|noto) nada`, rx`relaciones|sexo|hacer el amor\b`, 3),
      rx`\bno (?:tengo|logro|consigo) (?:una )?ereccion(?:es)?\b|\bimpotencia\b`,
      rx`\bno (?:llego al|consigo el|tengo) orgasmo\b|\bno puedo (?:eyacular|terminar)\b`,
    ),
  },

  // Piernas: "se me doblan las dos piernas", "arrastro el pie", "tropiezo con la punta del pie".
  {
    fact: "legWeakness",
    value: "both_legs",
    negated: "none",
    re: anyOf(
      rx`\bse me ${FALLAN} (?:las )?(?:dos |ambas )?(?:piernas|rodillas)\b`,
      near(rx`\b${PIERNAS}`, rx`se me ${FALLAN}\b`, 2),
      rx`\b(?:no tengo|sin|me quede sin|he perdido) (?:la )?fuerza en (?:las (?:dos )?piernas|ambas piernas)\b`,
      rx`\bpiernas (?:de trapo|flojas|sin fuerza)\b`,
      rx`\b(?:las (?:dos )?piernas|ambas piernas) no (?:me )?(?:tienen|responden|aguantan)(?: fuerza)?\b`,
    ),
  },
  {
    fact: "legWeakness",
    value: "one_leg",
    negated: "none",
    re: anyOf(
      rx`\bse me ${FALLA} (?:la |el )?(?:pierna|pie|rodilla)\b`,
      rx`\b(?:arrastro|arrastrando|arrastra) (?:el |la |mi )?(?:pie|pierna)\b|\blo arrastro\b`,
      rx`\b(?:no (?:lo |la )?(?:levanto|puedo levantar)|no se (?:me )?levanta) (?:el |la punta del )?pie\b`,
      rx`\btropiezo con la punta del pie\b|\bpie (?:caido|equino)\b|\bel pie no se levanta\b`,
      rx`\b(?:la |mi )?(?:pierna|pie) (?:izquierd[oa] |derech[oa] )?no (?:me )?(?:tiene fuerza|responde|aguanta)\b`,
      rx`\b(?:no tengo|sin|he perdido) (?:la )?fuerza (?:en|para\b${span(30)}) (?:el|la|mi) (?:pie|pierna|tobillo)\b`,
      rx`\b(?:no tengo|sin) fuerza para ponerme de puntillas\b|\bno me puedo poner de (?:puntillas|talones)\b`,
    ),
  },

  // Pecho: "me duele el pecho y entre los omóplatos", "me falta la respiración".
  {
    fact: "chestSymptoms",
    re: anyOf(
      together(rx`\b(?:${DUELE}|aprieta|oprime|opresion|presion|pesa)`, rx`pecho\b`, 3),
      rx`\b${DUELE}\b${span(50)}\b${Y_TAMBIEN} (?:en )?el pecho\b`,
      rx`\b(?:me falta|me cuesta|no me entra) (?:la respiracion|el aire|respirar)\b`,
    ),
  },

  // Orina: "orina oscura con sangre", "me arde al orinar".
  {
    fact: "urinarySymptoms",
    re: anyOf(
      together(rx`\b(?:orina|pis|pipi)`, rx`sangre|ardor|arde|quema|escuece\b`, 3),
      rx`\b(?:me )?(?:arde|quema|escuece|pica) (?:al|cuando|para) (?:orinar|hacer pis|mear|orino)\b`,
    ),
  },

  // Columna tocada: "me infiltraron la espalda" es reciente salvo que se diga que fue hace años.
  {
    fact: "recentInfectionOrSpinalProcedure",
    re: rx`\bme (?:infiltraron|pincharon|operaron) (?:en )?(?:la |mi )?(?:espalda|columna|zona lumbar)\b`,
    unless: rx`\bhace (?:\d+|muchos|varios|dos|tres|cuatro|cinco|diez|un) (?:años|anos)\b|\ben (?:19|20)\d\d\b`,
  },

  // Golpes y caídas: "una entrada muy fuerte", "me caí del techo".
  {
    fact: "onsetTrigger",
    value: "major_trauma",
    negated: null,
    re: anyOf(
      rx`\b(?:entrada|placaje|golpe|patada|choque) (?:muy )?(?:fuerte|brutal|tremend[oa])\b`,
      rx`\bme (?:cai|caí) del? (?:techo|tejado|muro|andamio|arbol|balcon|caballo|segundo piso|primer piso)\b`,
      rx`\bme (?:choco|chocaron|atropello|arrollo) (?:un|una|el|la) (?:carro|coche|auto|moto|camion|camioneta|bus)\b`,
      rx`\bme pegaron (?:en la espalda|con un palo|una paliza)\b`,
      rx`\bcaida (?:en|de|desde) (?:la |una |mi )?(?:moto|motocicleta|bici|bicicleta|caballo)\b`,
    ),
  },
];
