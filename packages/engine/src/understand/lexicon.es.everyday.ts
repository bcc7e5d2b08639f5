import type { LexiconPattern } from "./lexicon.ts";
import { alt, anyOf, denialGap, NOT_LISTED, near, rx, span, together } from "./lexicon.ts";

// Cómo se dicen las señales de alarma en el español de cada día (España y Latinoamérica): palabras
// coloquiales, eufemismos, faltas y sin tildes (el texto ya llega sin tildes). Cada frase se arma con partes
// con nombre y se busca dentro de una ventana de palabras (`near` en lexicon.ts): "muy", "un poco" o "la
// zona de" en medio no la rompen, y una negación en medio nunca queda escondida.

const BARRIGA = alt`
  (?:la_)?parte_(?:baja|alta|de_abajo|de_arriba)_de_la_(?:barriga|panza|tripa)
  panza pansa pancita barriga barriguita tripa tripas vientre bajo_vientre estomago abdomen guata ombligo retorcijon(?:es)?
  boca_del_estomago
`;
const DUELE = alt`
  duel(?:e|en) dolor(?:es)? doli(?:a|o) molest\w+ retortijon(?:es)? colicos? calambres? latidos? late
  punzadas? pinchazos? ardor sordo
`;
const Y_TAMBIEN = alt`y e tambien ademas y_tambien y_ademas y_ahora_tambien ahora_tambien`;
const DORMIDO = alt`
  dormid[oa]s? dormidit[oa]s? adormecid[oa]s? entumecid[oa]s? acorchad[oa]s? insensible sin_sensibilidad hormigue\w*
  hormiguitas
  anestesiad[oa]s? (?:como_)?(?:con_)?anestesia como_muert[oa]s? hormigas entumid[oa]s?
  (?:como_)?(?:de_)?(?:corcho|madera|carton)
  (?:perdido|perdi|sin|poca|menos)_(?:la_)?sensibilidad no_(?:siento|noto)_nada
`;
/** La zona de la silla de montar con palabras de todos los días ("la cola", "las pompis", "ahí abajo"). */
const ZONA = alt`
  cola colita fondillo pompis pompas? nalgas? gluteos? trasero culo poto ano perine entrepierna ingles? genitales
  partes(?:_intimas)? mis_partes zona_intima ahi_abajo pene vagina vulva testiculos cara_interna_de_los_muslos
  (?:zona|parte|partes)_de_abajo(?!_de) alli_abajo alla_abajo (?:(?:la_)?(?:zona|parte)_)?(?:donde|en_la_que|sobre_la_que)_me_siento
  pelvis zona_pelvica suelo_pelvico alla_atras ahi_atras pito perineo (?:la_parte_de_)?entre_las_piernas
  concha huevos pichula pija chocha zona_del_pañal culete culito pompi rajita pubis escroto labios?_vaginal(?:es)?
  (?:zona|area|region)_(?:genital|intima|perineal|perianal|anal) genital
  cachetes_(?:de_la_cola|del_culo|del_poto|de_las_nalgas|de_atras) (?:la_)?parte_(?:de_(?:a)?dentro|interna|interior)_de_los_muslos
`;
/** Felt as someone else's: "es como si fuera de otra persona", "como ajena". */
const NOT_MINE = rx`como (?:si (?:fuera|fueran) (?:de )?(?:otr[oa]s?(?: persona)?|prestad[oa]s?|ajen[oa]s?)|ajen[oa]s?|prestad[oa]s?)`;
/** "La parte de", "la piel de": a part of the saddle is the saddle. */
const PART_OF = rx`(?:(?:parte|zona|piel) (?:de|del) (?:la |el |las |los )?)`;
/** Cómo se nota la zona cuando no se siente bien: "la siento rara", "como muerta". */
const RARO = alt`rar[oa]s? extrañ[oa]s? diferentes? como_(?:dormid|muert|acorchad)[oa]s? muert[oa]s? apagad[oa]s?`;
/** Lo que sí se siente sin ser falta de sensibilidad: "no siento dolor en las nalgas". */
const SENSACION = alt`dolor(?:es)? molestias? nada_(?:raro|extraño|malo|diferente) pinchazos? ardor mejor\w* cambios? diferencia alivio`;
const ORINAR = alt`
  orinar hacer_pis hacer_pipi hacer_chis hacer_del_(?:uno|1) mear miccionar vaciar_la_vejiga
  (?:largar|soltar|sacar|echar)_(?:el_|la_)?(?:pis|pipi|orina)
`;
const ORINO = alt`orino meo hago_pis hago_pipi sale_(?:la_orina|el_pis) (?:la_orina|el_pis)_(?:me_)?sale`;
const GANAS = alt`salen vienen dan entran`;
/** Dicho de la orina nombrada justo antes: "tengo ganas de orinar pero no sale" (empieza en "no"). */
/**
 * Put after words said of the bladder named just before: "tengo ganas de orinar pero no sale". The look-behind
 * closes the match, so it runs only where the words themselves were found.
 */
const AFTER_PIS = rx`(?<=\b(?:orinar|orino|orine|pis|pipi|chis|mear|meo|mee|vejiga)\b[^.;!?\n]{0,80})`;
const PENE = alt`pene miembro pito verga`;
/** What is no longer felt in sex: "nada", "lo mismo"; never "nada raro" (nothing odd). */
const FELT_BEFORE = rx`(?:nada(?! (?:raro|extraño|malo|diferente|distinto))|lo mismo|igual|como antes)`;
/** Being intimate said plainly: "cuando estoy con mi esposo", "cuando me acuesto con mi pareja". */
const WITH_MY_PARTNER = rx`(?:estoy|estamos|estar|me acuesto|me meto en la cama) con mi ${alt`
  pareja esposo esposa marido mujer novio novia compañer[oa] chic[oa]
`}`;
const NO_RESPONDE = alt`
  no_(?:me_)?(?:funciona|responde|obedece|sostiene|se_(?:levanta|para|pone_dur[oa]|endurece))
`;
const SIN_DARME_CUENTA = alt`sin_(?:querer|darme_cuenta|sentirlo|notarlo|enterarme)`;
const ROPA = alt`
  pantalones? calzon(?:es|cillos?)? bragas ropa_interior cama chones calzones interiores
`;
const VEHICULO = alt`moto motocicleta coche carro auto bici\w* camion camioneta bus trafico transito`;
/** Where cars crash: "en la autopista". */
const VIA = alt`autopista autovia carretera semaforo rotonda peaje`;
const ALTURA = alt`\d+(?:[.,]\d)? dos tres cuatro cinco seis siete ocho diez`;
const ALTURA_UNIDAD = alt`metros? m pisos?`;
/** Lo que se cae del pie que no se levanta: "se me cae la chancla". */
const CALZADO = alt`chanclas? chinelas? sandalias? zapatos? zapatillas? ojotas? pantuflas? alpargatas? cholas?`;
const GOTAS = alt`gotitas gotas gotita chorrito`;
const PIERNAS_PIES = alt`piernas? patas? gambas? pies? muslos? rodillas? tobillos? pantorrillas? gemelos?`;
const LIMPIAR = alt`
  (?:al|cuando_me)_limpi\w+ me_limpio el_papel papel_higienico el_(?:asiento|inodoro|water|vater|wc|retrete)
`;
const NO_MEO = rx`no (?:meo|orino|hago pis|hago pipi|he (?:meado|orinado|hecho pis|hecho pipi))`;
const PIS = alt`orinar orino orina pis pipi mear meo miccion vejiga`;
const POPO = alt`popo caca heces esfinter del_baño del_dos del_2 hacer_de_vientre defecar deposicion(?:es)? evacuar`;
/** Las ganas que no se notan, dichas justo después de la caca, son las de hacer caca ("no hago caca y no siento ganas"). */
const NOT_AFTER_POPO = rx`(?<!\b(?:caca|popo|heces|defeco|defecar|vientre|evacuo|evacuar)\b[^.;!?\n]{0,50})`;
const PIERNAS = alt`(?:las_)?(?:dos_|ambas_)?piernas (?:las_)?rodillas`;
const FALLAN = alt`doblan fallan flojean van traban aflojan flaquean ceden vencen`;
const FALLA = alt`dobla falla flojea va traba cae afloja flaquea cede vence engancha`;
const DEBILES = alt`debiles flojas flojitas sin_fuerzas? flaquean fallan`;
const DEBIL = alt`debil floja flojita sin_fuerzas? flaquea falla`;
/** Said of the legs named just before: "me duelen las piernas y las tengo flojas" (the match starts at "las"). */
const AFTER_LEGS = rx`(?<=\bpiernas\b[^.;!?\n]{0,90})`;
/** Dicho por un médico: "sin alteraciones de la sensibilidad ni de la fuerza en las piernas". */
const CAMBIO_DE = alt`alteracion(?:es)?_de perdida_de problemas_de falta_de`;
const LAS_PIERNAS = alt`las_piernas ambas_piernas las_dos_piernas mis_piernas (?:ambos|los)_miembros_inferiores`;
/** "No puedo mover la pierna sin que me duela": the pain stops it, not weakness. */
const NOT_FOR_PAIN = rx`(?![^.;!?\n]{0,20}\b(?:sin que|porque|por(?: el)? dolor|del dolor|de dolor|(?:me )?duel[ea]n?)\b)`;
const LAS_TENGO = rx`(?:las|los) (?:tengo|siento|noto) (?:muy |un poco |algo |como )?`;

export const EVERYDAY_ES: readonly LexiconPattern[] = [
  // Barriga: "me duele la espalda baja y también la panza", "retortijones en la barriga".
  {
    fact: "abdominalPain",
    re: anyOf(
      together(rx`\b${DUELE}`, rx`${BARRIGA}\b`, 4),
      rx`\b${DUELE}\b${span(50)}\b${Y_TAMBIEN} (?:(?:un poco|algo|tambien) )?(?:en )?(?:la |el |mi )?${BARRIGA}\b`,
      near(rx`\b${DUELE}`, rx`(?:por )?(?:detras y (?:por )?delante|delante y (?:por )?detras)\b`, 3),
      near(
        rx`\b(?:pasa|va|corre|irradia|llega|extiende|rodea|vuelta|gira)`,
        rx`(?:hacia|a|al|hasta) (?:la |el |mi )?${BARRIGA}\b`,
        3,
      ),
      rx`\b(?:da la vuelta|rodea|se pasa|se va|irradia) (?:hacia|hasta|para) (?:a)?delante\b`,
      rx`\b(?:colicos|retortijones)\b`,
      near(rx`\b${BARRIGA}`, rx`(?:late|latiendo|palpit\w+|pulsa\w*|bombea\w*)\b`, 6),
    ),
  },

  {
    fact: "abdominalPain",
    re: rx`\b(?:barriga|panza|tripa|estomago|abdomen|vientre|guata)\b${denialGap(2)} (?:me |le )?duele\b`,
  },

  // Silla de montar: "tengo la cola dormida", "no siento el papel cuando me limpio".
  {
    fact: "saddleNumbness",
    // Lo que no se siente al tener relaciones es la función sexual, no la zona de la silla.
    unless: rx`\b(?:relaciones|sexo|hacer el amor)\b|${WITH_MY_PARTNER}`,
    re: anyOf(
      near(rx`\b${DORMIDO}`, rx`${ZONA}\b`, 3, PIERNAS_PIES),
      near(rx`\b${ZONA}`, rx`${NOT_LISTED}${DORMIDO}\b`, 3, PIERNAS_PIES),
      near(rx`\b(?:siento|noto|tengo) ${RARO}`, rx`${ZONA}\b`, 2, PIERNAS_PIES),
      near(rx`\b(?:siento|noto) (?:algo )?${RARO}`, rx`${LIMPIAR}\b`, 2),
      rx`\b(?:no tengo|sin|he perdido|perdi) (?:la |nada de )?sensibilidad (?:en )?(?:${ZONA}|ahi abajo)\b`,
      near(
        rx`\b(?:siento|noto|tengo) (?:la |el |las |los |mis? )?${ZONA}`,
        rx`(?:como )?${RARO}\b`,
        1,
        PIERNAS_PIES,
      ),
      rx`\bse (?:me|le) (?:duerme|durmio|adormece|entumece) (?:${alt`un_poco algo a_veces siempre toda todo`} )?(?:la |el |mi )?${ZONA}\b`,
      rx`\b${ZONA}\b${span(40)}\banestesi\w*|\banestesi\w*\b${span(30)}\b${ZONA}\b`,
      near(rx`\bno (?:siento|noto)(?! nada (?:raro|extraño|malo|diferente))`, rx`${LIMPIAR}\b`, 4),
      near(rx`\bno (?:lo |la |los |las )?(?:siento|noto|siente|nota)`, rx`${ZONA}\b`, 3, SENSACION),
      near(
        rx`\b(?:no (?:tengo|tuviera|tenga)|sin|he perdido|perdi|perdida de|poca|menos) (?:la |nada de )?(?:sensibilidad|sensacion)`,
        rx`${ZONA}\b`,
        4,
      ),
      near(rx`\b${LIMPIAR}`, rx`no (?:siento|noto)(?! ${SENSACION})`, 3),
      rx`\b${LIMPIAR}\b${span(50)}\bno (?:siento|noto)(?! ${SENSACION})\b`,
      rx`\b${ZONA},? no (?:las|los|la|lo) (?:siento|noto)\b`,
      near(rx`\b${ZONA}`, rx`(?:siento|noto|esta|estan|se siente) ${RARO}\b`, 3),
      near(rx`\b${ZONA}`, rx`como si no (?:fuera|fueran) mi[oa]s?\b`, 5),
      near(rx`\b${ZONA}`, rx`${NOT_MINE}\b`, 5),
      rx`\bse me (?:duerm|durm|adormec|entumec|acorch)\w* (?:tambien |ya |un poco )?(?:la |el |las |los |mi |mis )?${PART_OF}?${ZONA}\b`,
    ),
  },

  // Vejiga: "no siento cuando tengo ganas", "tengo que pujar", "sale muy poco".
  {
    fact: "bladderChange",
    re: anyOf(
      rx`\bno (?:siento|noto)${NOT_AFTER_POPO} (?:cuando (?:tengo|me dan|me vienen) |las )?ganas\b(?! de (?:hacer caca|defecar|ir de vientre))`,
      rx`\bno me (?:salen|vienen|dan) las ganas de (?:orinar|hacer pis|mear)\b`,
      rx`\b(?:tengo que|hay que|debo) (?:pujar|apretar|empujar|hacer (?:mucha )?fuerza)\b${span(40)}\b(?:orinar|pis|mear|sale|salga)\b`,
      rx`\b${PIS}\b${span(50)}\b(?:tengo que|hay que) (?:pujar|apretar|hacer (?:mucha )?fuerza)\b`,
      rx`\b(?:casi no|apenas|no) (?:me )?sale (?:nada|la orina|el pis|el orine?|el pipi|la pipi|el chis|casi nada)\b|\bsale (?:muy )?poc[oa]\b`,
      rx`\bsale (?:muy )?(?:finito|fino|poquito|cortado|a gotas)\b(?<=\b(?:orin\w*|pis|pipi|mear|meo|vejiga|baño)\b[^.;!?\n]{0,60})`,
      rx`\bni (?:controlo|aguanto|retengo) (?:el |la )?(?:pis|pipi|orina|vejiga)\b`,
      rx`\bno (?:controlo|puedo controlar|me puedo aguantar|me aguanto|aguanto|retengo) (?:la |el )?(?:orina|pis|pipi|vejiga)\b`,
      rx`\bme (?:orine|mee|hice pis|hice pipi|hago pis)(?: encima| sin querer| en la cama| en la noche)\b`,
      rx`\b(?:se me (?:escapa|escapo|sale|salio)) (?:un poco de |algo de )?(?:la )?(?:orina|pis|pipi)\b`,
      near(
        rx`\b(?:me cuesta|dificultad(?:es)? (?:para|al)|problemas? para|trabajo para)`,
        rx`(?:empezar a )?${ORINAR}\b`,
        2,
      ),
      rx`\bno me doy cuenta (?:de )?(?:cuando|si|que)\b${span(25)}\b(?:orin\w*|pis|pipi|mear|meo|vejiga)\b`,
      rx`\b${ORINO} (?:muy )?(?:a |en )?(?:chorritos|gotitas|gotas|gota a gota|poquito a poco|a poquitos|entrecortado|despacio|lento|trompicones|ratos)\b`,
      rx`\b(?:solo|apenas) (?:me )?(?:salen|salieron|sale|salio) (?:unas |cuatro |un par de )?gotas\b`,
      rx`\bme (?:habia|he|habre) (?:orinado|meado|hecho pis|hecho pipi)\b`,
      rx`\bno (?:puedo |consigo )?aguantar(?:me)? (?:el |la )?(?:pis|pipi|orina)\b`,
      rx`\b(?:no|nunca) (?:vacio|consigo vaciar|puedo vaciar|termino de vaciar|logro vaciar) (?:bien |del todo |completamente )?la vejiga\b`,
      rx`\bllevo\b${span(25)}\bsin (?:poder )?${ORINAR}\b`,
      rx`\bno (?:he|ha) (?:podido )?(?:orinado|hecho pis|meado|orinar|hacer pis|mear)\b(?= (?:desde|en todo|en (?:\w+ )?horas|nada))`,
      rx`\bhace (?:\w+ )?horas que no (?:orino|meo|hago pis)\b`,
      rx`\b${ORINO}\b${span(20)}\b(?:con (?:mucho )?esfuerzo|haciendo (?:mucha )?fuerza|pujando|apretando)\b`,
      rx`\bme (?:estoy |he )?(?:meando|orinando|haciendo pis|haciendo pipi|meado|orinado|hecho pis) (?:encima|en (?:la cama|los pantalones|la ropa))\b`,
      rx`\b(?:cama|ropa|pantalon(?:es)?|sabanas|calzoncillos?|bragas) mojad[oa]s? (?:de|con) (?:pis|orina|pipi)\b`,
      rx`\bno me ${GANAS} (?:las )?ganas de ${ORINAR}\b`,
      rx`\bchorro\b${span(20)}\b(?:flojo|debil|fino|lento|flojito|cortado)\b|\b(?:poco|flojo) chorro\b`,
      near(rx`\bse me (?:escap|sal)\w*`, rx`(?:orina|pis|pipi)\b`, 3, alt`caca heces popo`),
      near(rx`\b(?:orin\w*|pis|pipi|meo|mee|moje)`, rx`${SIN_DARME_CUENTA}\b`, 4),
      rx`\bme (?:orino|meo|hago pis|hago pipi) sol[oa]\b|\bse me (?:hace|va|sale) (?:el |la )?(?:pis|pipi|chis|orina) sol[oa]\b`,
      rx`\b(?:mear(?:me)?|orinar(?:me)?|hacer(?:me)? pis|hacer(?:me)? pipi) en la cama\b|\bme (?:meo|orino|hago pis) en la cama\b`,
      rx`\bse me (?:escapa|escapo|sale|salio) (?:un |unas )?(?:chorrito|chorro|poquito|gotas|gotitas|gotita)\b`,
      rx`\bse (?:orino|meo|hizo pis|hizo pipi) encima\b|\bno controla (?:la orina|el pis|la vejiga)\b`,
      rx`\bno (?:me )?(?:sale|salia|sale nada|viene)\b${AFTER_PIS}`,
      rx`\bno (?:siento|noto) cuando (?:esta|se (?:pone|queda)) llen[ao]\b${AFTER_PIS}`,
      near(rx`\bvejiga`, rx`(?:esta |la siento |la noto )?${RARO}\b`, 2),
      near(
        rx`\b(?:perdi|he perdido|pierdo|perdida del?|sin|no tengo)(?: el)? control`,
        rx`(?:orinar|orina|pis|vejiga|mear)\b`,
        3,
      ),
      near(rx`\bno (?:siento|noto)`, rx`(?:la )?vejiga\b`, 1),
      rx`\bno (?:siento|noto) (?:que |cuando |si )?(?:sale|salga|salia|esta saliendo|el chorro|la orina)\b${AFTER_PIS}`,
      rx`\bno (?:siento|noto) (?:bien |nada )?(?:cuando |si |que )?(?:estoy orinando|estoy meando|orino|meo|sale la orina|sale el pis)\b`,
      // "No sabía si estaba orinando o no": the bladder's feeling gone, told as not knowing.
      rx`\bno (?:se|sabia|sabe|distingo|distinguia|noto|notaba|sentia) (?:bien )?si (?:estoy|estaba|esta) (?:orinando|meando|haciendo pis)\b`,
      // "No meo desde ayer", "desde ayer no meo y…", "no orino bien"; not "no meo sangre".
      rx`\b${NO_MEO}\b(?= (?:nada|casi nada|desde|en todo|bien|normal|como antes|hace)\b|\s*(?:[,.;!?\n]|$)| [yeo]\b)`,
      rx`\b(?:desde|hace)\b${span(25)}\b(?:que )?${NO_MEO}\b`,
      rx`\bno (?:puedo|consigo|pude|he podido) hacer del baño\b`,
      rx`\b(?:se )?me (?:salen|sale|salio|salieron|escapan|escapa) (?:unas |un par de |algunas |un )?${GOTAS} de (?:pis|orina|pipi)\b`,
      rx`\b(?:el pis|la orina|el chorro|el pipi) no (?:arranca|sale|empieza|baja)\b`,
      rx`\b${ORINAR}\b${span(20)}\b(?:tengo que|hay que|debo) esperar\b|\b(?:la orina|el pis|el pipi) tarda\w* (?:mucho |un monton |un rato )?en salir\b`,
      rx`\b(?:me quedo con (?:las )?ganas|no (?:vacio|termino de (?:vaciar|orinar|mear|salir)))\b${AFTER_PIS}`,
      rx`\bse me (?:escapa|escapo|sale|salio)\b${AFTER_PIS}`,
      rx`\b(?:tengo que|hay que|debo) (?:pujar|apretar|empujar|hacer (?:mucha )?fuerza)\b${AFTER_PIS}`,
      rx`\bsale (?:muy )?(?:finito|fino|poquito|cortado|a gotas)\b${AFTER_PIS}`,
      rx`\bme (?:mojo|moje)\b(?<=\bbaño\b[^.;!?\n]{0,50})`,
      rx`\bno llego (?:al baño|a tiempo)\b${span(30)}\b(?:orin\w*|pis|pipi|mear|chis)\b`,
      rx`\b(?:amaneci|me desperte|me levante)\b${span(15)}\b(?:la cama|el colchon|las sabanas) mojad[oa]s?\b`,
      rx`\bno (?:controlo|aguanto|retengo|puedo (?:controlar|aguantar)) (?:el |la )?(?:caca|popo|heces) (?:ni|y|o) (?:el |la )?(?:pis|pipi|orina)\b`,
      rx`\bno (?:siento|noto) (?:el paso de |la salida de )?(?:la orina|el pis|el chorro)\b`,
      rx`\bsin (?:ganas|necesidad) de ${ORINAR}\b|\bhoras sin ${ORINAR}\b`,
      near(
        rx`\bno (?:siento|noto|me doy cuenta de)`,
        rx`(?:ganas|necesidad|tengo que|necesito|hay que|debo) (?:de )?(?:ir a )?${ORINAR}\b`,
        3,
      ),
      together(rx`\b${DORMIDO}`, rx`vejiga\b`, 2),
      rx`\b(?:no controlo|perdi el control de|he perdido el control de|sin control de) (?:los )?esfinteres\b`,
    ),
  },

  {
    fact: "bladderChange",
    confidence: 0.75,
    re: rx`\b(?=(?:con|para|al) )(?<=\bproblemas?\b[^.;!?\n]{0,30})(?:con|para|al) (?:el |la )?(?:pis|pipi|orina|orinar|mear|hacer pis)\b`,
  },
  {
    fact: "saddleNumbness",
    re: near(
      rx`\balteraci(?:on|ones) de (?:la )?sensibilidad`,
      rx`(?:en )?(?:la |el |las |los )?${ZONA}\b`,
      3,
    ),
  },
  {
    fact: "bladderChange",
    confidence: 0.75,
    re: rx`\bproblemas (?:de|con) (?:los )?esfinteres\b`,
  },
  {
    fact: "bowelIncontinence",
    confidence: 0.75,
    re: rx`\bproblemas (?:de|con) (?:los )?esfinteres\b`,
  },
  {
    fact: "saddleNumbness",
    value: false,
    negated: null,
    confidence: 0.8,
    re: anyOf(
      near(rx`\b${ZONA}`, rx`(?:la |lo |las |los )?(?:siento|noto|tengo) (?:normal|bien)\b`, 2),
      rx`\b(?:siento|noto) (?:todo )?(?:bien|normal) (?:al limpiarme|cuando me limpio|el papel)\b`,
      rx`\bsensibilidad (?:en |de )?(?:la |el )?${ZONA} (?:normal|conservada|bien)\b`,
      rx`\b(?:la|lo|las|los) (?:siento|noto) (?:bien|normal)\b(?<=\b${ZONA}\b[^.;!?\n]{0,50})`,
      rx`\b(?:no (?:noto|siento) )?nada (?:raro|extraño|diferente)\b(?: al ir al baño)?(?: ni)? (?:al limpiarme|cuando me limpio)\b`,
      rx`\b(?:ahi abajo|la zona intima|mis partes|la entrepierna) (?:(?:esta|lo siento|la siento|todo|se siente)\s)?(?:normal|bien)\b`,
    ),
  },

  // Intestino: "no controlo el esfínter", "me hice caca encima".
  {
    fact: "bowelIncontinence",
    re: anyOf(
      rx`\bno (?:controlo|puedo controlar|aguanto|retengo|siento) (?:los gases (?:ni|y|o) )?(?:el |la |las )?${POPO}\b`,
      rx`\bno (?:controlo|puedo controlar|aguanto|retengo) (?:bien )?(?:el )?(?:vientre|intestino|esfinter anal)\b`,
      near(rx`\bno (?:siento|noto)`, rx`(?:el )?(?:intestino|recto|vientre) llen[oa]\b`, 3),
      rx`\b(?:sin|no tengo|perdi el|he perdido el) control (?:de|del|sobre) (?:el |mi )?(?:esfinter anal|ano|recto)\b`,
      rx`\bse me (?:escapa|escapan|escapo|escaparon|sale|salio) (?:el |la |las )?${POPO}\b`,
      rx`\bme (?:hice|hago) (?:${POPO}) encima\b|\bme hice encima\b`,
      near(rx`\bno (?:siento|noto) cuando (?:tengo que|necesito)`, rx`(?:${POPO}|ir al baño)\b`, 3),
      rx`\bno (?:siento|noto) (?:bien )?(?:cuando|si|que) (?:hago|estoy haciendo|sale|se me sale|salen) (?:la |el |las )?${POPO}\b`,
      rx`\b(?:manch|ensuci)\w* (?:el |la |los |las |mis? )?${ROPA}\b${span(25)}\b${SIN_DARME_CUENTA}\b`,
      rx`\bno (?:controlo|aguanto|retengo|puedo (?:controlar|aguantar)) (?:el |la )?(?:pis|pipi|orina|vejiga) (?:ni|y|o) (?:la |el |las )?${POPO}\b`,
      rx`\bme (?:hice|hago|he hecho|cague|cago) (?:${POPO} )?(?:encima|en (?:los |el |la |las |mis |mi )?${ROPA})\b`,
      rx`\bno (?:aguanto|puedo aguantar|controlo|retengo) (?:las )?ganas de (?:hacer )?(?:caca|popo|del dos)\b`,
      rx`\bno me doy cuenta (?:de )?(?:cuando|si|que)\b${span(25)}\b(?:caca|popo|heces|defeco|evacuo)\b`,
      near(rx`\bmanch\w*`, rx`(?:caca|popo|heces)\b`, 4),
      near(
        rx`\bno (?:controlo|puedo controlar|aguanto)`,
        rx`(?:ir|voy|hacer|hago) de vientre|(?:hacer|hago) (?:caca|popo)\b`,
        3,
      ),
      near(rx`\bse me (?:escap|sal)\w*`, rx`(?:caca|heces|popo)\b`, 6),
      rx`\bno llego (?:al baño|a tiempo)\b${span(30)}\b(?:caca|popo|heces|defecar|del dos|del 2)\b`,
      rx`\baccidentes? (?:con|de) (?:la |el )?(?:caca|popo|heces)\b`,
      rx`\bse me (?:escapa|escapan|sale|salen) (?:la orina|el pis) (?:ni|y|o) (?:las heces|la caca|el popo)\b`,
      rx`\bno (?:siento|noto) (?:cuando|si) (?:tengo que|necesito) ir\b(?<=\b(?:caca|popo|heces|del dos|del 2|defecar|vientre)\b[^.;!?\n]{0,60})`,
      near(rx`\b(?:caca|popo|heces|del baño)`, rx`${SIN_DARME_CUENTA}\b`, 4),
      near(
        rx`\b(?:perdi|he perdido|pierdo|perdida del?|sin|no tengo)(?: el)? control`,
        rx`(?:intestinos?|heces|caca|vientre|popo)\b`,
        6,
      ),
    ),
  },
  {
    fact: "bowelIncontinence",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\bni (?:para )?hacer de vientre\b|\bvoy al baño normal\b`,
  },
  {
    fact: "bowelIncontinence",
    confidence: 0.75,
    re: rx`\b(?=(?:con|para|al) )(?<=\bproblemas?\b[^.;!?\n]{0,30})(?:con|para|al) (?:la |el )?(?:caca|popo|hacer caca|ir de vientre|defecar|intestino)\b`,
  },

  // Función sexual: "no se me levanta", "no siento nada cuando tengo relaciones".
  {
    fact: "sexualDysfunction",
    re: anyOf(
      rx`\bno se me (?:levanta|para|pone (?:dura|duro)|endurece)\b`,
      rx`\bno (?:consigo|logro|puedo (?:conseguir|lograr)) que se me (?:levante|pare|ponga dura|ponga duro)\b`,
      near(
        rx`\b(?:relaciones|sexo|hacer el amor|intimidad)`,
        rx`no (?:siento|noto) (?:nada|lo mismo|igual|como antes)\b`,
        4,
      ),
      near(rx`\bno (?:siento|noto) nada`, rx`relaciones|sexo|hacer el amor\b`, 3),
      near(rx`\bno (?:siento|noto) ${FELT_BEFORE}`, rx`${WITH_MY_PARTNER}\b`, 3),
      near(rx`\b${WITH_MY_PARTNER}`, rx`no (?:siento|noto) ${FELT_BEFORE}\b(?! (?:en|de|por) )`, 2),
      rx`\bno (?:tengo|logro|consigo) (?:ganas ni |deseo ni )?(?:una )?ereccion(?:es)?\b|\bimpotencia\b`,
      rx`\bno (?:llego al|consigo el|tengo) orgasmo\b|\bno puedo (?:eyacular|terminar)\b`,
      near(rx`\b(?:problemas?|dificultad\w*|no (?:puedo|consigo|logro))`, rx`erecci(?:on|ones)\b`, 3),
      near(rx`\b(?:perdi|he perdido|pierdo|sin|ya no tengo)`, rx`(?:la |las )?erecci(?:on|ones)\b`, 1),
      near(rx`\b${PENE}`, rx`${NO_RESPONDE}\b`, 2),
      rx`\bno (?:me )?funciona (?:el|mi) ${PENE}\b`,
      rx`\bno (?:respondo|rindo|funciono|cumplo) (?:en la cama|sexualmente)\b`,
    ),
  },

  // Piernas: "se me doblan las dos piernas", "arrastro el pie", "tropiezo con la punta del pie".
  {
    fact: "legWeakness",
    value: "both_legs",
    negated: "none",
    re: anyOf(
      rx`\b(?:se me|le) ${FALLAN} (?:las )?(?:dos |ambas )?(?:piernas|rodillas)\b`,
      near(rx`\b${PIERNAS}`, rx`se me ${FALLAN}\b`, 2),
      rx`\b(?:no tengo|sin|me quede sin|he perdido|perdi|pierdo|estoy perdiendo) (?:la )?fuerzas? en (?:ninguna de )?(?:las (?:dos )?piernas|ambas piernas)\b`,
      near(rx`\bno (?:puedo|consigo) mover`, rx`(?:las|mis|ambas) piernas\b`, 2),
      rx`\bpiernas (?:de trapo|flojas|sin fuerza)\b`,
      rx`\b(?:las (?:dos )?piernas|ambas piernas|mis piernas) no (?:me )?(?:tienen|responden|aguantan|dan|sostienen|obedecen)(?: fuerza)?\b`,
      together(rx`\b${DEBILES}`, rx`(?:las |mis |ambas |las dos )piernas\b`, 3),
      rx`\bno me (?:aguantan|sostienen|responden|obedecen) (?:las|mis) (?:dos )?piernas\b`,
      rx`\b${LAS_TENGO}${DEBILES}\b${AFTER_LEGS}`,
      rx`\b(?:pierdo|perdi|he perdido|estoy perdiendo|se me va|se me fue) (?:la )?fuerza\b${AFTER_LEGS}`,
      rx`\bno (?:las )?(?:puedo|consigo) (?:levantar|mover)\b${AFTER_LEGS}`,
      rx`\b(?:(?:no (?:puedo|consigo|pude)|sin poder) mover|se me (?:estan |van )?debilit\w*) (?:las|mis|ambas) (?:dos )?piernas\b${NOT_FOR_PAIN}`,
    ),
  },
  {
    fact: "legWeakness",
    value: "one_leg",
    negated: "none",
    re: anyOf(
      rx`\bse me ${FALLA} (?:la punta del |la |el )?(?:pierna|pie|rodilla)\b`,
      rx`\b(?:la|mi|el) (?:rodilla|pierna|pie)(?: izquierd[oa]| derech[oa])? (?:que )?se me ${FALLA}\b`,
      near(rx`\b(?:arrastro|arrastrando|arrastra)`, rx`(?:el |la |mi )?(?:pie|pierna)\b`, 3),
      rx`\blo arrastro\b`,
      near(
        rx`\b(?:no (?:lo |la )?(?:levanto|puedo levantar|consigo levantar|subo|puedo subir)|no se (?:me )?levanta)`,
        rx`(?:el |la punta del |mi |la punta de mi )?pie\b`,
        2,
      ),
      rx`\btropiezo con la punta del pie\b|\bpie (?:caido|equino)\b|\bel pie no se levanta\b`,
      rx`\bse me (?:cae|cayo|sale|salio|caen|salen) (?:la |el |las |los )?${CALZADO}\b`,
      rx`\bno (?:lo )?(?:puedo|consigo) (?:levantar|subir|alzar)\b(?<=\bpie\b[^.;!?\n]{0,70})`,
      rx`\b(?:el |mi )pie (?:izquierdo |derecho )?(?:me |se me )?(?:cuelga|cae|se cae|va colgando|(?:se )?(?:me )?queda colgando|arrastra)\b`,
      rx`\bse me (?:queda|quedo|va|fue) (?:el|mi) pie (?:izquierdo |derecho )?colgando\b`,
      rx`\b(?:la |mi )pierna (?:izquierda |derecha )?(?:se me queda |me queda |me |se me )?(?:colgando|cuelga)\b`,
      rx`\bno (?:puedo|consigo) (?:levantar|subir|alzar) (?:la|mi) pierna\b${NOT_FOR_PAIN}`,
      together(rx`\b${DEBIL}`, rx`(?:la|mi|una) pierna(?: izquierda| derecha)?\b`, 3),
      near(
        rx`\b(?:me cuesta|no puedo|no consigo|dificultad para|problemas para) (?:mas |mucho |bastante )?(?:levantar|subir|alzar)`,
        rx`(?:el |la punta del |mi |la punta de mi )?pie\b`,
        3,
      ),
      near(rx`\bno (?:puedo|consigo) mover`, rx`(?:el|mi) pie\b`, 2),
      near(rx`\b(?:el|la|mi) (?:pie|pierna)`, rx`${NO_RESPONDE}\b`, 2),
      rx`\b(?:la |mi )?(?:pierna|pie) (?:izquierd[oa] |derech[oa] )?no (?:me )?(?:tiene fuerza|responde|aguanta)\b`,
      rx`\b(?:no tengo|sin|he perdido|perdi|pierdo|estoy perdiendo|me quede sin) (?:la )?fuerza (?:en|para\b${span(30)}) (?:el|la|mi) (?:pie|pierna|tobillo)\b`,
      rx`\b(?:(?:no (?:puedo|consigo|pude)|sin poder) mover|se me (?:esta |va )?debilit\w*) (?:la|mi) pierna\b${NOT_FOR_PAIN}`,
      rx`\b(?:debilidad|falta de fuerza|sin fuerza)\b${span(30)}\b(?:del|el|mi) pie\b`,
      rx`\b(?:me cuesta|no puedo|no consigo) mover (?:los )?dedos del pie\b`,
      rx`\b(?:no tengo|sin) fuerza para ponerme de puntillas\b|\bno me puedo poner de (?:puntillas|talones)\b`,
    ),
  },

  // Temperatura: "tengo temperatura" es tener fiebre; "estoy afiebrado".
  {
    fact: "fever",
    re: anyOf(
      rx`\b(?:tengo|me dio|me ha dado|me subio|tuve|con) (?:algo de |un poco de |mucha )?(?:la )?temperatura\b(?! (?:normal|bien|\d))`,
      rx`\b(?:temperatura|fiebre) (?:muy )?alta\b|\bafiebrad[oa]\b|\bcon fiebre\b`,
      rx`\b(?:temblando|tiritando|temblores|tiemblo) de frio\b`,
    ),
  },

  // Piernas dormidas dichas con el pronombre: "las tengo dormidas".
  { fact: "legNumbness", re: rx`\b${LAS_TENGO}(?:[a-z]+ (?:y|e) )?${DORMIDO}${AFTER_LEGS}` },
  {
    fact: "legNumbness",
    re: rx`\bla (?:tengo|siento|noto) (?:muy |un poco |algo |como )?${DORMIDO}(?<=\b(?:pierna|pantorrilla|rodilla)\b[^.;!?\n]{0,60})`,
  },
  {
    fact: "legNumbness",
    re: rx`\b${CAMBIO_DE} (?:la )?sensibilidad(?: (?:ni|y|o) (?:de )?(?:la )?fuerza)? en ${LAS_PIERNAS}\b`,
  },
  {
    fact: "legWeakness",
    value: "both_legs",
    negated: "none",
    re: rx`\b${CAMBIO_DE} (?:la )?(?:sensibilidad (?:ni|y|o) (?:de )?(?:la )?)?fuerza en ${LAS_PIERNAS}\b`,
  },
  { fact: "legNumbness", re: rx`\bse me (?:duermen|durmieron|adormecen|entumecen|acorchan)\b${AFTER_LEGS}` },
  { fact: "legPainBothSides", negated: null, re: rx`\b(?:piernas|pies) ${DORMIDO}` },
  {
    fact: "legPainBothSides",
    negated: null,
    re: rx`\b${LAS_TENGO}(?:[a-z]+ (?:y|e) )?${DORMIDO}${AFTER_LEGS}`,
  },

  // Pecho: "me duele el pecho y entre los omóplatos", "me falta la respiración".
  {
    fact: "chestSymptoms",
    re: anyOf(
      together(rx`\b(?:${DUELE}|aprieta|oprime|opresion|presion|pesa)`, rx`pecho\b`, 3),
      rx`\b${DUELE}\b${span(50)}\b${Y_TAMBIEN} (?:en )?el pecho\b`,
      rx`\b(?:me falta|me cuesta|no me entra) (?:la respiracion|el aire|respirar)\b`,
      rx`\brespir\w+ (?:con dificultad|mal|con trabajo|con esfuerzo)\b`,
      rx`\bme (?:agito|ahogo|asfixio)\b|\bagitad[oa] al (?:caminar|subir|hablar)\b`,
    ),
  },

  // Orina: "orina oscura con sangre", "me arde al orinar".
  {
    fact: "urinarySymptoms",
    re: anyOf(
      together(rx`\b(?:orina|pis|pipi)`, rx`sangre|ardor|arde|quema|escuece\b`, 3),
      rx`\b(?:me )?(?:arde|quema|escuece|pica) (?:al|cuando|para) (?:orinar|hacer pis|mear|orino)\b`,
      rx`\b${ORINO} (?:con )?sangre\b`,
      rx`\b(?:la orina|el pis|el pipi)\b${span(15)}\b(?:oscur[oa]|turbi[oa]|con (?:mal )?olor|con espuma|con sangre)\b`,
    ),
  },

  // Columna tocada: "me infiltraron la espalda" es reciente salvo que se diga que fue hace años.
  {
    fact: "recentInfectionOrSpinalProcedure",
    re: rx`\bme (?:infiltraron|pincharon|operaron) (?:en )?(?:la |mi )?(?:espalda|columna|zona lumbar)\b`,
    unless: rx`\bhace (?:\d+|muchos|varios|dos|tres|cuatro|cinco|diez|un) (?:años|anos)\b|\ben (?:19|20)\d\d\b`,
  },

  // Drogas con jeringa: "me drogo con jeringa".
  {
    fact: "ivDrugUse",
    re: together(rx`\b(?:drog\w*|heroina|me pico|me pinchaba)`, rx`(?:jering\w*|agujas?)\b`, 3),
  },

  // Golpes y caídas: "una entrada muy fuerte", "me caí del techo".
  {
    fact: "onsetTrigger",
    value: "major_trauma",
    negated: null,
    re: anyOf(
      rx`\b(?:entrada|placaje|golpe|patada|choque) (?:muy )?(?:fuerte|brutal|tremend[oa])\b`,
      rx`\b(?:me cai|se cayo) del? (?:techo|tejado|muro|andamio|arbol|balcon|caballo|segundo piso|primer piso|camion)\b`,
      rx`\bme (?:choco|chocaron|atropello|arrollo|golpeo|pego|embistio) (?:un|una|el|la) ${VEHICULO}\b`,
      rx`\bme pegaron (?:en la espalda|con un palo|una paliza)\b`,
      rx`\bcaida (?:en|de|desde) (?:la |una |mi )?(?:moto|motocicleta|bici|bicicleta|caballo)\b`,
      rx`\baccidente (?:en|de|con) (?:la |el |mi )?${VEHICULO}\b`,
      // Un golpe por detrás en la carretera es un choque: "me dieron un golpe por detrás en la autopista".
      together(
        rx`\bme (?:dieron|pegaron|metieron) (?:un )?(?:golpe|golpazo|golpetazo|toque|topetazo|porrazo|trompazo) por detras`,
        rx`(?:${VIA}|${VEHICULO}|por hora|km)\b`,
        8,
      ),
      rx`\b(?:tuve|sufri|me dieron|me pegaron|accidente por|choque por|colision por) (?:un )?alcance\b`,
      rx`\bme (?:tiro|tumbo|revolco|pateo|coceo|arrastro) (?:un|el|una|la) (?:caballo|toro|burro|mula|vaca|yegua)\b`,
      rx`\bme (?:placaron|taclearon|tacklearon)\b`,
      rx`\b(?:me )?estrell\w*\b${span(20)}\b${VEHICULO}\b|\b(?:me )?estrell\w* (?:con|contra)\b`,
      rx`\bme (?:tumbaron|derribaron|barrieron|entraron fuerte)\b${span(30)}\b(?:rugby|futbol|partido|americano)\b`,
      rx`\bme cai (?:por|rodando por|de|desde) (?:la|las|unas) escaleras?\b`,
      rx`\brod(?:e|ando|ar)\b${span(20)}\b(?:escaleras|escalones)\b`,
      rx`\b(?:me cai|cai|caida|se cayo|me tire|me lance|me clave)\b${span(20)}\bde cabeza\b`,
      rx`\b(?:me cai|cai|se cayo|caida)\b${span(40)}\b(?:unos |mas de |casi |como )?${ALTURA} ${ALTURA_UNIDAD}\b`,
      rx`\b(?:un|una|el|la) ${VEHICULO} me (?:pego|choco|atropello|arrollo|golpeo|dio|tiro|embistio|agarro)\b`,
      rx`\b(?:me cai|cai|se cayo|caida)\b${span(20)}\b(?:por|de|desde|a|en) (?:el|un|la|una) ${alt`barranco precipicio acantilado zanja pozo`}\b`,
      rx`\b(?:me cai|cai|se cayo|caida)\b${span(30)}\b(?:con|en) (?:la|mi|una) (?:moto|motocicleta|cuatrimoto)\b`,
      rx`\b(?:me|se me) (?:cayo|cayeron|aplasto) (?:encima )?(?:un|una|el|la|unos|unas) ${alt`
        vigas? piedras? rocas? pared muro tronco arbol poste maquina estanteria
      `}\b`,
      rx`\bme cai\b${span(20)}\b(?:de|desde) (?:un |el |una |la )?(?:primer|segundo|tercer|cuarto|quinto) (?:piso|planta)\b`,
      rx`\bvolqu\w+|\bvolca(?:mos|ron|mos con)\b|\bvueltas de campana\b`,
      rx`\b(?:me cai|cai|se cayo|caida)\b${span(25)}\b(?:desde|de) (?:unos |mas de |casi |como )?${ALTURA} ${ALTURA_UNIDAD}\b`,
      rx`\bme cai\b(?![^.;!?\n]{0,20}\b(?:escalon|peldaño))${span(20)}\b(?:desde|de) (?:la|una|el|un|lo alto de) ${alt`
        escalera techo tejado muro andamio arbol balcon
      `}\b`,
    ),
  },
];
