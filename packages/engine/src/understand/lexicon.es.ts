import { SIGNS_ES } from "./lexicon.es.signs.ts";
import type { Lexicon, LexiconPattern } from "./lexicon.ts";
import { alt, anyOf, pairs, rx, saidBy, span, words } from "./lexicon.ts";
import { numberSource, quantitySource } from "./numbers.ts";

// Palabras en español sobre la persona, dónde duele, cómo empezó y cómo va, más el tiempo y las señales de
// negación y duda. Piernas, señales de emergencia y banderas rojas: lexicon.es.signs.ts.
/**
 * Una señal solo temida, preguntada o advertida: "por si pierdo el control de la vejiga", "me dijeron que
 * volviera si no puedo orinar", "leí que el adormecimiento ahí abajo es urgente". Se pregunta, no se supone.
 */
const HIPOTETICO = rx`\b${alt`
  por_si(?:_acaso)? en_caso_de_que que_(?:pasa|hago)_si y_si_(?:me|llego|empiezo|pierdo|tengo)
  (?:volver|vuelva|volviera|regresar|regrese|regresara|ir|vaya|fuera|acudir|acuda|acudiera|llamar|llame|llamara)_(?:a_\w+_|al_\w+_)?si
  vigilar_(?:si|que|por_si) (?:estar|este)_atent[oa]_(?:a|por_si) (?:lei|he_leido|vi|oi|he_oido)_(?:en_internet_)?que
  me_advirtieron_(?:de|que|sobre) (?:deberia|debo|tengo_que)_preocuparme_(?:por|si)
`}\b`;

const NUM = numberSource("es");
const QTY = quantitySource("es");
const NUM1 = numberSource("es", { articles: false });

const DEPORTES = alt`
  futbol padel tenis golf yoga pilates baloncesto basquet voleibol correr (?<!(?:salir|ir|voy|sali|fui|salgo)_)corriendo nadar nadando
  natacion remar remando kayak escalada esquiando ciclismo bailando
`;
const SIN_CAUSA = alt`
  sin_(?:motivo|razon|causa)(?:_aparente)? de_la_nada sin_hacer_nada no_hice_nada amaneci_con
  (?:de_)?inicio_insidioso
  me_desperte_con me_levante_(?:asi|con_(?:el_)?dolor) amaneci_asi me_desperte_asi
`;
/** Una pierna, un brazo o la cabeza: un lado dicho de ellos ("el lado derecho del pie") no es el de la espalda. */
const MIEMBRO = alt`
  piernas? muslos? pantorrillas? gemelos? pies? dedos? tobillos? talon(?:es)? rodillas? ingles? brazos? manos?
  muñecas? munecas? codos? cuello cara cabeza
`;
/** Sin un miembro poco antes en la cláusula (salvo que se nombre la espalda entre ambos) ni justo después. */
const NO_DE_MIEMBRO = rx`(?<!\b${MIEMBRO}\b(?:(?!\b(?:espalda|columna|lumbar)\b)[^,.;!?\n]){0,45})`;
const NI_MIEMBRO_DESPUES = rx`(?!\s+(?:de|del)\s+(?:la |el |los |las |mi |mis )?${MIEMBRO}\b)`;
/** Lo que se hace con un familiar al que se ayuda: levantarlo, cargarla, sujetarlo. */
const AYUDAR = alt`ayud levant carg sujet agarr recog mov cog`;
/** Un lado de la espalda: ladoDe("izquierd") lee "lado izquierdo", "lumbar izquierda", "el izquierdo". */
const ladoDe = (raiz: string): string =>
  `(?:${anyOf(
    alt`lumbar_${raiz}[oa] ${raiz}[oa]_de_(?:la|mi)_espalda (?:espalda|dorsal)_(?:baja_|alta_|media_)?${raiz}a`,
    rx`${NO_DE_MIEMBRO}${alt`(?:lado|parte|costado|zona)_${raiz}[oa] (?:a_la|hacia_la|en_la)_${raiz}a el_${raiz}o`}${NI_MIEMBRO_DESPUES}`,
  )})`;
/** A kidney named for an illness or a transplant is not where the back hurts. */
const NOT_THE_BACK = alt`trasplante tumor cancer piedras? calculos? infeccion quitaron sacaron extirparon`;
const PARIENTE = alt`
  madre mama padre papa hermana hermano abuela abuelo tia tio esposa esposo marido mujer pareja hija hijo
  prima primo amiga amigo suegra suegro novia novio vecina vecino familia viejo vieja viejito viejita
`;

/** How much it hurts, between "le duele" and where: "le duele mucho la espalda". */
const HOW_MUCH = alt`mucho muchisimo bastante horrible un_monton un_poco algo demasiado`;
/** The back by its everyday names. */
const THE_BACK = alt`la_espalda la_cintura la_columna los_riñones la_zona_lumbar`;
/** Said next of the relative just named: "mi papá tiene cáncer y ahora le duele la espalda" (not "… a mi hermano"). */
const THEIR_BACK_HURTS = rx`[^.;!?\n]{0,80}\b(?:y|,) (?:ahora |tambien |encima |ademas )?le duelen? (?:${HOW_MUCH} )?${THE_BACK}(?! a (?:mi|su|el|la)\b)`;
/** What a relative says of themselves: "dice que no puede mover las piernas", "se queja de que le fallan". */
const THEIR_SYMPTOM = alt`no_(?:puede|siente|aguanta|controla|nota) le_\w+ se_le tiene`;

/** Tras un número, una unidad que no es de edad ("39 de fiebre", "80 kilos", "3 semanas"). */
const SIN_OTRA_UNIDAD = rx`(?!\s*(?:dias|semanas|meses|horas|kg|kilos|grados|°|[.,]\d|de fiebre|de temperatura|sobre|\/))`;

/**
 * Palabras tras "sin", "no" o "ni" que hacen una frase hecha, no una negación: "no solo", "no me caí ni nada,",
 * "sin querer se me escapó el pis", "sin previo aviso me fallaron las piernas", "sin darme cuenta", "sin motivo".
 */
const NO_NIEGA = alt`
  sol(?:o|amente) (?:previo_)?aviso avisar querer (?:darme|darse|darte|darnos)_cuenta enterarme enterarse motivo razon saber
  (?:ninguna_)?explicacion duda broma exagerar mentir(?:te|os)? contar hablar_de nada(?=\s*(?:[,.;!?]|$))
`;

const PATTERNS: readonly LexiconPattern[] = [
  // Sobre la persona.
  {
    fact: "age",
    re: rx`\btengo (?<n>${NUM1}) (?:años|anos)\b`,
    read: "number",
    confidence: 0.95,
    range: [12, 110],
  },
  {
    fact: "age",
    re: rx`(?<!(?:hace|durante|por|llevo|unos|mas de|tras|de) )\b(?<n>${NUM1}) (?:años|anos)(?= de edad|\s*[,.;]|\s*$|,? ${alt`
      y_(?:soy|tengo) mujer hombre varon señora senora señor senor soy
    `})`,
    read: "number",
    confidence: 0.85,
    range: [12, 110],
  },
  {
    fact: "age",
    re: rx`\b${alt`
      mujer hombre varon señora senora señor senor chica chico paciente persona mi_${PARIENTE}
    fumador(?:a)? diabetic[oa] jubilad[oa] hipertens[oa]
    `}(?:,| de| con| tiene)? (?<n>${NUM1})(?: (?:años|anos))?\b${SIN_OTRA_UNIDAD}`,
    read: "number",
    confidence: 0.9,
    range: [12, 110],
  },
  {
    // "Mi madre, de 79", "mi padre (79 años)", "mi abuelo, que tiene 91", "ella cumple 84 este año".
    fact: "age",
    re: rx`\b(?:mi ${PARIENTE}(?:,|,? que tiene|,? de|,? con)? ?\(?|(?:el|ella) (?:tiene|cumple|cumplio|ya tiene) )(?<n>\d{2,3})\b${SIN_OTRA_UNIDAD}`,
    read: "number",
    confidence: 0.8,
    range: [12, 110],
    ofRelative: true,
  },
  {
    fact: "age",
    // "yo (52) me duele", and a post opening "H 45," or "M, 60".
    re: anyOf(
      rx`\byo\s*\((?<n>\d{2,3})\s*(?:[hmvf]|años|anos)?\)`,
      rx`^\s*[hmvf],?\s+(?<n2>\d{2,3})\b${SIN_OTRA_UNIDAD}`,
    ),
    read: "number",
    confidence: 0.85,
    range: [12, 110],
  },
  {
    fact: "age",
    re: rx`^\s*(?<n>\d{2})(?:\s+(?:años|anos)\b|,\s+(?=[a-zñ]))`,
    read: "number",
    confidence: 0.75,
    range: [12, 110],
  },
  {
    fact: "age",
    re: rx`\b(?:edad:?\s*(?<n>\d{2,3})|con (?<n2>\d{2}) (?:años|anos))\b`,
    read: "number",
    confidence: 0.75,
    range: [12, 110],
  },
  {
    fact: "age",
    re: rx`\b(?:tengo|cumpli|cumplo|a mis) (?<n>${NUM1})\b(?!\s*${alt`
      dias semanas meses horas minutos kg kilos de_fiebre grados ° sobre de_10 \/ [.,]\d de_dolor veces
      y_(?:medio|pico|algo|poco) de_temperatura
    `})`,
    read: "number",
    confidence: 0.7,
    range: [12, 110],
  },
  {
    fact: "sex",
    value: "male",
    re: anyOf(
      rx`\bsoy (?:un )?(?:hombre|varon|chico|señor|senor|padre|abuelo)\b`,
      rx`\b(?:hombre|varon|señor|senor)(?: de| con)? \d{2,3}\b`,
      rx`^\s*(?:hombre|varon)\b`,
      rx`\b\d{2,3}(?: (?:años|anos))?,? (?:hombre|varon)\b`,
    ),
  },
  {
    fact: "sex",
    value: "female",
    re: anyOf(
      rx`\bsoy (?:una )?(?:mujer|chica|señora|senora|madre|abuela)\b`,
      rx`\b(?:mujer|señora|senora)(?: de| con)? \d{2,3}\b`,
      rx`^\s*mujer\b`,
      rx`\b\d{2,3}(?: (?:años|anos))?,? mujer\b`,
    ),
  },
  {
    fact: "pregnant",
    re: anyOf(
      rx`\b(?:embarazada|embarazo|semanas de gestacion|gestante|encinta|en cinta|preñada|esperando un bebe)\b`,
      rx`\bestoy de (?:[1-9]|[1-3]\d|${NUM}) (?:meses|semanas)\b(?! de (?:baja|reposo|vacaciones|licencia|incapacidad))`,
    ),
    unless: rx`\bmi (?:mujer|esposa|pareja|novia|hermana|hija|amiga)\b`,
  },

  // Dónde: zonas y lados.
  {
    fact: "region",
    value: ["lower_back"],
    negated: null,
    re: anyOf(
      rx`\b(?:espalda|zona|parte) (?:(?:media|alta|superior|inferior|baja)\s*(?:y|,|e|o)\s*(?:la\s+)?)*(?:baja|inferior)\b(?! de (?:la |el |mi )?${alt`
        barriga panza tripa vientre abdomen estomago
      `})`,
      rx`\bparte (?:baja|inferior|de abajo) de (?:la|mi) espalda\b`,
      rx`\b(?:lumbar(?:es)?|lumbago|lumbalgia|baja espalda)\b`,
    ),
  },
  {
    fact: "region",
    value: ["lower_back"],
    negated: null,
    confidence: 0.7,
    re: rx`\b(?<!\b${NOT_THE_BACK} (?:de |del |en el |en los |de los |un |el )?)(?:cintura|riñones|rinones|riñon|rinon|rabadilla|coxis)\b`,
  },
  {
    fact: "region",
    value: ["mid_back"],
    negated: null,
    re: anyOf(
      rx`\b(?:espalda|zona|parte) (?:(?:alta|baja|superior|inferior)\s*(?:y|,|e|o)\s*(?:la\s+)?)*(?:media|medio)\b`,
      rx`\b(?:mitad|medio) de (?:la|mi) espalda\b(?! (?:baja|alta|inferior|superior)\b)`,
      rx`\bmedia espalda\b`,
    ),
  },
  {
    fact: "region",
    value: ["mid_back"],
    negated: null,
    confidence: 0.7,
    re: rx`\b(?<!flexion )(?:dorsal(?:es)?|zona dorsal|toracic[ao]|dorsalgia)\b`,
  },
  {
    fact: "region",
    value: ["upper_back"],
    negated: null,
    re: anyOf(
      rx`\b(?:espalda|zona|parte) (?:(?:media|baja|inferior)\s*(?:y|,|e|o)\s*(?:la\s+)?)*(?:alta|superior)\b`,
      rx`\bparte (?:alta|superior|de arriba) de (?:la|mi) espalda\b`,
      rx`\b(?:entre (?:los |las |mis )?(?:omoplatos|escapulas|paletillas|paletas)|omoplatos?|escapulas?|paletillas?|alta espalda)\b`,
    ),
  },
  saidBy("side", "left", ladoDe("izquierd")),
  saidBy("side", "right", ladoDe("derech")),
  { fact: "side", value: "both", negated: null, re: rx`\b(?:(?:a )?ambos lados|los dos lados|bilateral)\b` },
  {
    fact: "side",
    value: "center",
    negated: null,
    confidence: 0.8,
    re: rx`\b(?:(?:en el )?centro de (?:la |mi )?(?:espalda|columna)|central)\b`,
  },
  {
    fact: "side",
    value: "left",
    negated: null,
    confidence: 0.75,
    re: rx`(?:^|[,.;:]\s*)izquierd[oa](?=\s*(?:[,.;]|$|y\b))`,
  },
  {
    fact: "side",
    value: "right",
    negated: null,
    confidence: 0.75,
    re: rx`(?:^|[,.;:]\s*)derech[oa](?=\s*(?:[,.;]|$|y\b))`,
  },

  // Cuánto duele, cómo se mueve, cómo empezó, cómo va.
  {
    fact: "painScore",
    read: "number",
    re: rx`\b(?:\d{1,2}\s*(?:-|a|o)\s*)?(?<n>${NUM1})\s*(?:\/|de|sobre)\s*(?:10|diez)\b`,
  },
  {
    fact: "painScore",
    read: "number",
    re: rx`\b(?:del|de) (?:1|uno|0|cero) al (?:10|diez),? (?:(?:le|pongo|doy|daria|un|es|como|unos?)\s)*(?<n>${NUM1})\b`,
  },
  {
    fact: "mobility",
    value: "severely_limited",
    re: anyOf(
      rx`\b(?:no (?:me )?puedo|no soy capaz de|imposible) (?:ni )?${alt`
        levantarme moverme mover caminar andar ponerme_de_pie salir_de_la_cama incorporarme estar_de_pie pararme
      `}\b(?! (?:bien|normal|derech|recto|mucho|rato|lejos|(?:en|de) (?:puntas?|puntillas|talones)))`,
      rx`\bno (?:me|se) puedo? (?:ni )?(?:levantar|mover|parar)\b(?! bien)`,
      rx`\bno (?:se )?puede (?:ni )?(?:levantar(?:se)?|mover(?:se)?|parar(?:se)?|caminar|andar)\b(?! (?:bien|normal|mucho|rato|lejos))`,
      rx`\b(?:apenas|casi no|casi ni) (?:me )?(?:puedo )?(?:mover(?:me)?|caminar|andar|levantar(?:me)?)\b`,
      rx`\bno puedo (?:caminar|andar|moverme) casi\b`,
    ),
  },
  {
    fact: "mobility",
    value: "severely_limited",
    confidence: 0.8,
    re: rx`\b(?:en cama|postrad[oa]|a gatas|gateando|tuve que gatear|tirad[oa] en el suelo)\b`,
  },
  {
    fact: "mobility",
    value: "limited",
    re: anyOf(
      rx`\bme cuesta(?: mucho)? ${alt`
        moverme mover(?!_(?:los_dedos|el_pie|los_pies|la_pierna|las_piernas)) caminar andar agacharme levantarme
        enderezarme girarme sentarme vestirme
        ponerme_(?:los_)?calcetines incorporarme
      `}\b`,
      rx`\bno (?:me )?puedo (?:ni )?${alt`
        agachar(?:me)? enderezar(?:me)? ponerme_(?:derech[oa]|rect[oa]) girar(?:me)? estar_derech[oa]
        caminar_bien andar_bien moverme_bien estirarme
      `}\b`,
      rx`\b(?:camino|ando|voy) (?:muy )?(?:despacio|lento|encorvad[oa]|torcid[oa]|doblad[oa]|como (?:un|una) (?:viejo|viejita|anciano|abuelo))\b`,
      rx`\b(?:cojeando|cojeo|encorvad[oa]|movilidad (?:limitada|reducida)|con dificultad para (?:moverme|caminar|andar))\b`,
    ),
  },
  {
    fact: "mobility",
    value: "normal",
    negated: null,
    re: rx`\b(?:me muevo|camino|ando|puedo (?:moverme|caminar|andar)|me puedo mover)(?: (?:muy|bastante))? (?:bien|normal|sin problemas?|sin dificultad)\b`,
  },
  {
    fact: "onsetTrigger",
    value: "major_trauma",
    negated: null,
    re: rx`\b${alt`
      accidente_(?:de_(?:coche|auto|carro|trafico|moto|bici(?:cleta)?|transito|carretera)|automovilistico|vial)
      (?<!me_)choque(?:_de_(?:coche|auto|carro|frente))? chocaron me_choc\w+ colision me_(?:atropell|arroll)\w+
      accidente_(?:con|en)_(?:el|mi|un)_(?:coche|auto|carro|moto)
      me_(?:dieron|golpearon|pegaron|chocaron)_por_detras
      me_(?:estampe|estrelle|mate|pegue_una_(?:hostia|leche|ostia|torta))_con_(?:el|la|mi)_(?:coche|auto|carro|moto|bici(?:cleta)?|quad|patinete)
    `}\b`,
  },
  {
    fact: "onsetTrigger",
    value: "major_trauma",
    negated: null,
    re: anyOf(
      rx`\b(?:me )?(?:cai|caida|caido|cayo|cayendo|me tiro|me tiró) (?:de|desde) (?:(?:una|la|un|el|mi|lo alto de(?: la| el)?)\s)?(?:\w+\s)?${alt`
        escalera escalerilla tejado techo arbol caballo andamio muro balcon altillo litera moto troca camioneta
        tractor remolque elevador montacargas escenario tarima ventana
        bici(?:cleta)?(?!_estatica) (?<!propia_)altura camion trampolin azotea
      `}\b`,
      rx`\b(?:me )?(?:cai|caida|cayo|rode) (?:por|en) (?:las|unas) escaleras\b`,
      rx`\bcaida (?:de|desde) (?:gran |mucha )?altura\b`,
    ),
  },
  {
    fact: "onsetTrigger",
    value: "major_trauma",
    negated: null,
    re: rx`\b(?:placaje|me placaron|golpe (?:muy )?fuerte|me golpearon (?:fuerte|jugando|en la espalda)|me dieron un golpe fuerte|una patada en la espalda)\b`,
  },
  {
    fact: "onsetTrigger",
    value: "minor_trauma",
    negated: null,
    re: rx`\b(?:resbal\w+|tropec\w+|trastabill\w+)\b(?! con (?:mi|el) (?:propio )?pie)`,
  },
  {
    fact: "onsetTrigger",
    value: "minor_trauma",
    negated: null,
    confidence: 0.8,
    re: anyOf(
      rx`\b(?<!\b(?:casi|poco|miedo (?:a|de)|riesgo de|evitar|para no) )(?:me cai|me caigo|caida|cai|me he caido|caerme|(?<!pie )caido|se cayo|se ha caido)\b`,
      rx`\b(?:me (?:di|he dado) un golpe|me golpee|(?<!de )golpe(?! (?:muy )?fuerte)|me choque con|cai de (?:culo|nalgas|sentad[oa]|espaldas))\b`,
      rx`\bme (?:pegue|di) (?:en|con|contra) (?:la |el |mi )?(?:espalda|columna|cintura|puerta|mesa|esquina|borde|suelo|piso)\b`,
      // "Se sentó de golpe": como "sat down hard".
      rx`\b(?:me sente|se sento|sentarme|sentarse|me he sentado|se ha sentado) (?:de golpe|de sopeton|muy fuerte)\b`,
    ),
  },
  {
    fact: "onsetTrigger",
    value: "strain",
    negated: null,
    re: rx`\b(?<!me )${alt`
      levant(?:ando|ar|e|aba) cargando cargar cargue alzando alce alzar
    `}(?:l[oae]s?)?\b(?! (?:la |el |mi )?(?:pie|pierna|punta)| de la cama| del sofa)`,
  },
  {
    fact: "onsetTrigger",
    value: "strain",
    negated: null,
    re: anyOf(
      rx`\b(?:mov(?:iendo|er|i|ia)|empujando|empuje|arrastrando|tirando de) (?:(?:un|una|el|la|los|las|unos|unas|mis)\s)?(?:\w+\s)?${alt`
        mueble muebles sofa nevera frigorifico cama colchon armario mesa cajas? lavadora piano estanteria
      `}\b`,
      rx`\b(?:mudanza|mudarme|me mude|mudandome)\b`,
      rx`\bayudando(?:l[oae]s?)? a (?:levantar(?:se)?|subir|cargar|mover)\b`,
      rx`\bcog(?:er|iendo|i)\b(?=${span(25)}\ben brazos\b)|\bcog(?:er|iendo|i) (?:peso|algo pesado|una caja|cajas|un saco|sacos)\b`,
      rx`\bsac(?:ar|ando|ue)\b${span(20)}\bdel (?:maletero|baul)\b`,
    ),
  },
  {
    fact: "onsetTrigger",
    value: "strain",
    negated: null,
    re: rx`\b${alt`
      me_(?:agache|incline|gire|torci|estire) agachando(?:me)? al_agacharme al_girarme girando(?:me)?
      al_estirarme torciendo un_mal_gesto mal_movimiento movimiento_brusco me_dio_un_tiron un_tiron
    `}\b`,
  },
  {
    fact: "onsetTrigger",
    value: "strain",
    negated: null,
    re: rx`\b(?:estornud\w+|al toser)\b`,
    // La tos que hace escapar la orina dice cómo va la vejiga, no cómo se hizo daño la espalda.
    unless: rx`\b(?:orin\w*|pis|pipi|mear|meo|mee|escap\w+|goteo|moj\w+)\b`,
  },
  {
    fact: "onsetTrigger",
    value: "strain",
    negated: null,
    confidence: 0.8,
    re: rx`\b(?:gimnasio|gym|pesas|sentadillas|peso muerto|crossfit|entrenando|jardin(?:eria)?|cavando|paleando|quitando nieve)\b`,
  },
  // "Un bulto del tamaño de una pelota de golf", "codo de tenista": no es un deporte jugado.
  saidBy(
    "onsetTrigger",
    "strain",
    rx`(?<!\b(?:pelota|pelotita|bola|bolita|codo) de )${DEPORTES}(?! ?(?:ball|de mesa)\b)`,
    0.75,
  ),
  // "he perdido 5 kilos sin hacer nada" says why the weight went, not how the back pain began.
  {
    ...saidBy("onsetTrigger", "none", SIN_CAUSA, 0.8),
    unless: rx`\b(?:peso|kilos?|kg|libras|adelga\w*|flac[oa]|huesos|ropa|fiebre|sud\w*)\b`,
  },
  {
    fact: "course",
    value: "improving",
    negated: null,
    re: rx`\b${alt`
      (?:va|voy|estoy|esta|me_siento|algo|un_poco|bastante|mucho|ya)_mejor(?:ando)? mejorando ha_mejorado
      he_mejorado cediendo cada_(?:dia|vez)_mejor menos_dolor_que duele_menos
    `}\b(?! (?:cuando|con|si|al|sentad|acostad|tumbad|de pie))`,
  },
  {
    fact: "course",
    value: "worsening",
    negated: null,
    re: rx`\b${alt`
      (?:va|voy|esta|estoy|cada_(?:dia|vez)|cada_semana|me_siento|mucho|bastante|todavia)_peor empeorando
      ha_empeorado va_a_peor ir_a_peor peor_que_(?:hace|ayer|antes|al_principio|la_semana_pasada)
      va_a_mas va_en_aumento cada_dia_mas se_ha_puesto_peor peor_cada_(?:dia|semana)
    `}\b(?! (?:cuando|con|si|al|por la noche|de noche|sentad|acostad))`,
  },
  {
    fact: "course",
    value: "unchanged",
    negated: null,
    confidence: 0.85,
    re: rx`(?:(?<!\b(?:peor|empeora),?\s(?:y\s)?)\b)${alt`
      (?:sigue|sigo|esta|estoy|todo|continua|continuo|seguimos)_(?:(?:mas_o_menos|casi)_)?(?:igual|parecido|lo_mismo)
      no_(?:ha_)?mejora(?:do)? no_va_a_mejor ni_mejor_ni_peor (?:ni|no)_mejora_ni_empeora nada_ha_cambiado sin_mejoria
      sin_cambios no_(?:ha_)?cambia(?:do)? igual_que_(?:al_principio|el_primer_dia|antes|ayer)
    `}\b`,
  },
  {
    fact: "previousEpisodesSameArea",
    read: "ordinal",
    negated: null,
    re: rx`\b(?<n>primera|segunda|tercera|cuarta|quinta|sexta) vez\b|\b(?:es|este es) el (?<n2>primer|segundo|tercer|cuarto|quinto|sexto)\b`,
  },
  {
    fact: "previousEpisodesSameArea",
    read: "count",
    negated: null,
    confidence: 0.8,
    re: rx`\b(?<n>una vez|dos veces|tres veces|cuatro veces|\d+ veces) antes\b|\bhe tenido (?<n2>${NUM}) (?:episodios|contracturas|crisis|ataques)\b`,
  },
  {
    fact: "previousEpisodesSameArea",
    value: 0,
    negated: null,
    re: rx`\b(?:nunca (?:antes )?(?:me )?(?:habia|ha) pasado|nunca (?:antes )?(?:habia|he) tenido ${alt`
      esto algo_asi algo_parecido dolor_de_espalda contracturas?
    `})\b`,
  },
  {
    fact: "selfCareDays",
    value: 0,
    negated: null,
    re: rx`\b(?:todavia |aun )?no he (?:hecho|probado|tomado|puesto) nada(?: todavia| aun| de momento)?\b`,
  },

  ...SIGNS_ES,
];

const UNITS = [
  [rx`dias?|noches?`, 1],
  [rx`semanas?`, 7],
  [rx`quincenas?`, 14],
  [rx`mes(?:es)?`, 30],
  [rx`años?|anos?`, 365],
  [rx`horas?`, 1 / 24],
  [rx`minutos?|ratos?`, 0],
] as const;
const UNIT = UNITS.map(([word]) => word).join("|");
const WEEKDAYS = [
  [rx`domingo`, 0],
  [rx`lunes`, 1],
  [rx`martes`, 2],
  [rx`miercoles`, 3],
  [rx`jueves`, 4],
  [rx`viernes`, 5],
  [rx`sabado`, 6],
] as const;
const WEEKDAY = WEEKDAYS.map(([word]) => word).join("|");
const ABOUT = rx`(?:(?:unos?|unas?|como|casi|mas de|alrededor de|cerca de|apenas|solo|ya|asi)\s+)*`;
const LONG = rx`dias?|noches?|semanas?|quincenas?|mes(?:es)?|años?|anos?`;

export const ES: Lexicon = {
  lang: "es",
  patterns: PATTERNS,
  time: {
    units: UNITS,
    weekdays: WEEKDAYS,
    patterns: [
      {
        re: rx`\b(?:desde )?hace\s+${ABOUT}(?<n>${QTY})\s*(?<unit>${UNIT})(?:\s+y\s+medi[oa])?\b`,
        priority: 3,
      },
      {
        re: rx`\b(?:desde )?(?:el )?(?<weekday>${WEEKDAY}),? (?:de )?(?<lastWeek>la semana pasada|la otra semana)\b`,
        priority: 3.5,
      },
      {
        re: rx`\b(?<lastWeek>la semana pasada),? el (?<weekday>${WEEKDAY})\b`,
        priority: 3.5,
      },
      {
        re: rx`\bdesde (?:el )?(?:(?<previous>pasado) )?(?<weekday>${WEEKDAY})(?: (?<previous2>pasado))?\b`,
        priority: 3,
      },
      {
        re: rx`\b(?:el|este|el (?<previous>pasado)|este pasado) (?<weekday>${WEEKDAY})(?: (?<previous2>pasado))?\b`,
        priority: 2,
      },
      { re: rx`\b(?<weekday>${WEEKDAY})\b`, priority: 1, confidence: 0.8 },
      {
        re: rx`\b(?:llevo|lleva|llevamos|durante|por|x|(?:ya )?van|ya son)\s*${ABOUT}(?<n>${QTY})\s*(?<unit>${LONG})(?:\s+y\s+medi[oa])?\b`,
        priority: 2,
      },
      {
        re: rx`\b(?<n>${QTY})\s*(?<unit>${LONG})\s+(?:ya|con (?:el )?dolor|de dolor|seguid[oa]s|asi)\b`,
        priority: 2,
      },
      {
        re: rx`\b(?<n>${QTY})\s*(?<unit>dias?|semanas?|mes(?:es)?)\b(?!\s*(?:de edad|de embarazo|de gestacion|por semana|al dia))`,
        priority: 1,
        confidence: 0.8,
      },
      { re: rx`\b(?:desde )?(?:anteayer|antier|antes de ayer)\b`, days: 2, priority: 2 },
      { re: rx`\bdesde (?:ayer|anoche)\b`, days: 1, priority: 3 },
      { re: rx`\b(?:ayer|anoche)\b`, days: 1, priority: 1.5 },
      { re: rx`\bdesde (?:esta ma(?:ñ|n)ana|hoy|esta tarde|hace un rato)\b`, days: 0, priority: 3 },
      { re: rx`\b(?:esta ma(?:ñ|n)ana|hoy|esta tarde|esta noche|hace un rato)\b`, days: 0, priority: 1.5 },
      { re: rx`\b(?:desde )?hace (?:una )?semana y media\b`, days: 11, priority: 3 },
      { re: rx`\b(?:desde )?hace (?:un )?mes y medio\b`, days: 45, priority: 3 },
      { re: rx`\b(?:llevo|lleva|durante|por) (?:una )?semana y media\b`, days: 11, priority: 2 },
      { re: rx`\bla semana pasada\b`, days: 7, priority: 1, confidence: 0.6 },
      { re: rx`\bel mes pasado\b`, days: 30, priority: 1, confidence: 0.6 },
    ],
    selfCare: rx`\b${alt`
      hielo frio compresas? bolsa_de_(?:hielo|agua_caliente) calor manta_electrica almohadilla reposo
      descans\w* estiramientos? estirando he_probado probe poniendome me_pongo me_he_puesto me_puse
      he_estado_(?:poniendo|haciendo)
    `}\b`,
    history: rx`\b${alt`
      la_ultima_vez anteriormente antes_de_eso cuando_(?:era|tenia) de_(?:niñ[oa]|nin[oa]|joven|pequeñ[oa])
      hace_(?:\d+|muchos|varios|dos|tres|cuatro|cinco|diez|veinte)_(?:años|anos)
    `}\b`,
    onsetContext: rx`\b${alt`
      espalda columna lumbar\w* lumbago dolor duele duelen contractur\w* espasmo\w* empez\w* comenz\w*
      bloque\w* tiron me_dio ciatica rigid\w* me_cai cai caida resbal\w* levant\w* cargando accidente
      choque agach\w* gir\w* mudanza molestia
    `}\b`,
    episode: rx`\b(?:espalda|columna|lumbar|lumbago|lumbalgia|contracturas?|ciatica|cintura)\b`,
    otherEvents: rx`\b${alt`
      trabajo cirugia operacion operaron piedra calculo fractur\w* rompi naci\w* parto boda vacaciones gripe
      resfriado catarro infeccion diagnostic\w* quimio diarrea vomit\w* tos dolor_de_(?:cabeza|garganta|muelas)
      estreñ\w* estren\w* nause\w* mareos? epidural infiltra\w* inyecci\w* puncion bloqueo_(?:nervioso|facetario|epidural) procedimiento cesarea
      biopsia colonoscopia sonda transfusion vacun\w* apendice vesicula
    `}\b`,
    sinceEvent: rx`\b(?:desde|tras|despues de)`,
    sinceThen: rx`\b(?:desde entonces|desde ese (?:dia|momento)|a partir de (?:ahi|entonces|ese dia))\b`,
    // "peor que hace 3 días", "no ha cambiado desde que escribí la semana pasada", "mejor desde ayer".
    comparison: rx`\b(?:que|de lo que estaba|(?:cambiado|cambio|igual|mejor|peor|mejorado|empeorado) desde(?: que \w+)?)\s+$`,
    current: rx`\b(?:esta (?:vez|crisis|contractura|ultima|nueva)|este (?:episodio|brote|ataque|bloqueo)|esta(?= (?:empez|comenz)))`,
    linking: alt`y e o u pues porque que como cuando desde despues de luego a tambien ademas ahora encima`,
    // "al levantarla", "ayudándolo", "la he estado levantando".
    helpingThem: anyOf(
      rx`\b${AYUDAR}\w*?(?:la|lo|le)s?\b`,
      rx`\b(?:la|lo|le)s? (?:he estado |estaba |estoy |estuve )?${AYUDAR}\w*`,
    ),
  },
  // "no solo la espalda" adds, it does not deny; nor do the other idioms in NO_NIEGA ("sin querer").
  negation: rx`\b(?:no|nunca|jamas|sin|ni|tampoco|ningun[oa]?|nada de|para nada|niega|niego|cero|libres? de)\b(?!\s*[,.!;:?]|\s+${NO_NIEGA}\b)`,
  uncertainty: rx`\b${alt`
    no_se_si no_(?:lo_)?se(?=\s*(?:[,.;!?]|$)) no_estoy_(?:muy_|del_todo_)?segur[oa] no_creo_que quizas?
    tengo_(?:mis_)?dudas_(?:de|sobre)_si dudo_(?:de_)?(?:que|si)
    tal_vez a_lo_mejor creo_que puede_(?:que|ser) me_parece_que capaz_que posiblemente igual_(?:tengo|es)
    no_sabria_decir sera_que supongo_que
  `}|${HIPOTETICO}`,
  hedges: rx`\b(?:probablemente|seguramente|un poco|algo de|como que)\b`,
  intensifiers: alt`muy re super realmente bastante totalmente`,
  breakers: rx`\b${alt`
    pero aunque sino excepto salvo aparte_de fuera_de quitando mas_que porque por_que xq pq asi_que
    entonces ahora luego despues mientras tambien ademas cuando desde_que
  `}\b`,
  answersYes: alt`si claro un_poco a_veces`,
  answerLabel: alt`r resp respuesta`,
  answersWhere: rx`(?:${alt`solo solamente sobre_todo mas_que_nada`} )?${alt`en por entre alrededor hasta debajo bajo`}`,
  questions: rx`¿|\b(?<!\bno )${alt`
    (?:es|sera|seria|esta|estara)_(?:esto_|eso_)?(?:normal|grave|malo|peligroso|posible|raro|preocupante|comun|habitual)
    (?:puede|podria|podra)_(?:la_espalda_|el_dolor_|esto_|eso_|un_\w+_)?(?:ser|causar|provocar|dar|estar)
    (?:sera|seria)_(?:por|de|que|esto|eso) que_(?:significa|quiere_decir) (?:debo|deberia|tengo_que)_preocuparme
    tiene_(?:algo_)?que_ver como_es_que
  `}\b`,
  subjects: rx`${alt`
    solo solamente unicamente yo me mi mis se le la_espalda el_dolor dolor ahora hoy ayer tengo estoy he ya
    tambien pero empez\w* comenz\w* noto siento llevo hace no nunca desde tuve fue arrastro tropiezo cojeo
    esta_(?:vez|crisis|ultima|nueva|empez\w*|comenz\w*)
    es_(?:solo|solamente|nada_mas|un|una|que)
  `}\b`,
  fillers: rx`^(?:o|y|e|u|ni|de|del|la|el|los|las|mi|mis|un|una|ningun[oa]?|nada|tengo|he|tenido|noto)$`,
  // "fiebre: no", "hormigueo - ninguno ahora": a denial of it now.
  postNegation: rx`^\s*(?:[:=\-?]\s*(?:no|nada|negativo|ninguno|ninguna|tampoco)|no|negativo|ninguno|ninguna)\b${alt`
    _ahora _hoy _ya _de_momento _por_ahora _actualmente
  `}?(?=\s*(?:[,.;!?\n]|$))`,
  family: rx`${alt`
    (?<!\bcon_)\bmi_${PARIENTE}\b
    \ben_mi_familia\b \bantecedentes_familiares\b
    \b(?:mama|papa|madre|padre|abuela|abuelo)\b(?=_(?:tuvo|tiene|murio|fallecio))
  `}(?!\s+(?:dice|dijo|cree|piensa|nota|noto|ve|vio|me dijo)\b)`,
  patient: rx`${alt`
    \bescribo_(?:por|para|de_parte_de)_mi_${PARIENTE}\b \bmi_${PARIENTE}_(?:de|tiene)_\d{1,3}\b
    \bmi_${PARIENTE}(?:,|,?_que_tiene|,_de|_\()_?\d{1,3}\b
    \bmi_${PARIENTE}\b(?=${THEIR_BACK_HURTS})
  `}`,
  carer: rx`${alt`
    \bescribo_(?:por|para|de_parte_de)_(?:mi_)?${PARIENTE}\b \ba_mi_${PARIENTE}_(?:se_)?le\b
    \bmi_${PARIENTE}_(?:de|tiene)_\d{1,3}\b \bmi_${PARIENTE}(?:,|,?_que_tiene|,_de|_\()_?\d{1,3}\b
    \bmi_${PARIENTE}_no_(?:puede|siente|controla|aguanta)\b \bsu_espalda\b
    \ble_duele(?:n)?_(?:${HOW_MUCH}_)?${THE_BACK}\b
    \ble_(?:esta_dando|da|dio|ha_dado|agarro|vino)_(?:${HOW_MUCH}_|un_|una_)?(?:dolor|lumbago|ciatica|contractura)\b
    \bmi_${PARIENTE}\b(?=[^.;!?\n]{0,80}\b(?:dice|cuenta|se_queja_de)_que_${THEIR_SYMPTOM})
    \b(?:lleva|anda)_(?:[a-zñ]+_){0,4}(?:mal|fatal|jodid[oa]|fastidiad[oa]|hech[oa]_polvo)_de_${THE_BACK}\b
    \btiene_${THE_BACK}_(?:fatal|mal|hecha_polvo|destrozada|fastidiada)\b
  `}`,
  relativeAsPerson: pairs(
    `
      no_puede=no_puedo no_pudo=no_pude no_siente=no_siento no_nota=no_noto no_controla=no_controlo
      no_aguanta=no_aguanto no_levanta=no_levanto no_mueve=no_muevo no_retiene=no_retengo no_logra=no_logro
      no_orina=no_orino no_mea=no_meo no_hace=no_hago apenas_siente=apenas_siento casi_no_siente=casi_no_siento
      se_le=se_me no_le=no_me le_falla=me_falla le_fallan=me_fallan le_duele=me_duele le_duelen=me_duelen
      le_cuesta=me_cuesta le_arde=me_arde le_sale=me_sale le_salen=me_salen le_pica=me_pica le_dan=me_dan
      le_flojea=me_flojea le_flojean=me_flojean le_responde=me_responde le_responden=me_responden
      le_aguantan=me_aguantan le_sostienen=me_sostienen le_escapa=me_escapa le_escapan=me_escapan
      le_vienen=me_vienen le_hormiguea=me_hormiguea le_dobla=me_dobla le_doblan=me_doblan le_tiembla=me_tiembla
      se_hizo=me_hice se_orino=me_orine se_meo=me_mee se_mojo=me_moje se_ensucio=me_ensucie se_ha=me_he
      se_aguanta=me_aguanto se_controla=me_controlo se_puede=me_puedo
      tiene_que=tengo_que necesita=necesito
      cuando_orina=cuando_orino cuando_mea=cuando_meo si_orina=si_orino ha_perdido=he_perdido ha_tenido=he_tenido arrastra=arrastro tropieza=tropiezo
      levantarse=levantarme moverse=moverme sentarse=sentarme agacharse=agacharme limpiarse=limpiarme
      aguantarse=aguantarme pararse=pararme enderezarse=enderezarme vestirse=vestirme acostarse=acostarme
      darse_cuenta=darme_cuenta
      la_tiene=la_tengo las_tiene=las_tengo lo_tiene=lo_tengo los_tiene=los_tengo su=mi sus=mis
    `,
  ),
  perfectAsPast: pairs(
    `
      escapado=escapo/escaparon salido=salio/salieron quedado=quedo/quedaron caido=cayo/cayeron ido=fue/fueron
      doblado=doblo/doblaron fallado=fallo/fallaron aflojado=aflojo/aflojaron flojeado=flojeo/flojearon
      debilitado=debilito/debilitaron cedido=cedio/cedieron vencido=vencio/vencieron
    `,
  ),
  typos: {
    targets: words(
      `
        hormigueo adormecimiento entumecimiento dormida dormido vejiga orinar orina fiebre escalofrios
        sudores nocturnos espalda lumbar columna omoplatos pierna piernas rodilla debilidad entrepierna
        genitales estomago barriga pecho cancer embarazada osteoporosis corticoides semanas semana meses
        lunes martes miercoles jueves viernes sabado domingo contractura levantando cargando accidente
        escalera resbale mejorando empeorando igual desde dolor mañana manana noche caminar moverme ardor
        infeccion operacion quimioterapia trasplante fallan arrastro tengo duele derecha izquierda abdomen
        respirar agacharme fuerza
      `,
    ),
    common: words(
      `
        mesas dolar cargado cargada levantado levantada mejorado empeorado orino orine duelen dolía dolia
        dormir espada piensa pienso siento sienta fuerte fuertes tiene tienen tenia tener pecha desde donde
        cuando mucho mucha noches coche coches menos meses meter mover mueve muevo camino camina caminando
        semanas largo larga igualmente iguales dolores barrio lunar
      `,
    ),
    misspellings: pairs(
      `
        ormigueo=hormigueo ormigeo=hormigueo hormigeo=hormigueo ormiguea=hormiguea ase=hace ace=hace
        asta=hasta bejiga=vejiga espalada=espalda espalad=espalda siatica=ciatica fievre=fiebre
        fiebrre=fiebre escalofrio=escalofrios adormesido=adormecido adormesida=adormecida
        adormesimiento=adormecimiento entumesido=entumecido entumesida=entumecida lumvar=lumbar
        rrodilla=rodilla kilos=kilos vegiga=vejiga entumida=entumecida entumido=entumecido
        d=de q=que qe=que k=que ke=que pa=para aser=hacer aora=ahora tmb=tambien tb=tambien fibre=fiebre
        ganes=ganas orinal=orinar dl=del horinar=orinar horina=orina horino=orino sintura=cintura
        isquierda=izquierda isquierdo=izquierdo s/=sin c/=con
        bladder=vejiga pee=pis peeing=orinando tingling=hormigueo numbness=entumecimiento numb=dormido butt=trasero
        legs=piernas leg=pierna
      `,
    ),
    firstLetterGroups: ["bv", "scz"],
  },
  stopwords: words(
    `
      de la el que y en me mi los las se por con una un desde hace dolor espalda tengo duele muy pero del
      al es lo sin mas estoy años anos dias semanas pierna piernas fiebre ayer hoy no ni esta desde
      he ha nunca yo tuve hice cai para como cuando nada bien ya todo siento noto puedo sale tambien mucho
      poco su le son estan eso porque solo algo cada hacer ganas
    `,
  ),
};
