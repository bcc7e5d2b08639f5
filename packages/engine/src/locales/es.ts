import type { Messages } from "./messages.ts";

/** Spanish texts: the same shape as the English catalog (tsc enforces every key). Plain, neutral Spanish. */
export const es: Messages = {
  lang: "es",
  languageName: "Español",
  appName: "BackTalk",
  tagline: "Una guía tranquila para el espasmo de espalda: qué puede significar y qué hacer.",

  disclaimer: {
    short: "BackTalk da información, no un diagnóstico. No reemplaza a un médico ni a una enfermera.",
    full: [
      "BackTalk da información general de salud. No es consejo médico, no diagnostica y no reemplaza a un médico, una enfermera o un fisioterapeuta.",
      "No use BackTalk en una emergencia. Si cree que puede estar gravemente enfermo, llame ahora a su número de emergencias.",
      "Las preguntas siguen guías publicadas (ver Fuentes). Una señal de alarma significa «hágase revisar», no «algo va mal»: a la mayoría de las personas con dolor de espalda que tienen una, al final no les pasa nada grave.",
      "BackTalk es para adultos (16 años o más). Los niños con dolor de espalda deben ver a un médico.",
      "Sus respuestas se quedan en su dispositivo, a menos que usted decida compartirlas.",
    ],
  },

  answers: {
    yes: "Sí",
    no: "No",
    dontKnow: "No lo sé con seguridad",
    noneOfThese: "Ninguna de estas",
    skip: "Saltar",
  },

  levels: {
    emergency: {
      title: "Esto necesita atención de emergencia ahora",
      action: "Llame ahora al {number} o vaya al servicio de urgencias más cercano.",
      detail: "No conduzca usted. Pida a alguien que le lleve o llame a una ambulancia.",
      short: "Emergencia ahora",
    },
    urgent: {
      title: "Vea a un médico hoy",
      action:
        "Contacte hoy con un médico: una cita para hoy, un centro de atención urgente o una línea de enfermería.",
      detail: "Si hoy no consigue hablar con nadie, vaya a un centro de atención urgente o a urgencias.",
      short: "Médico hoy",
    },
    soon: {
      title: "Pida una cita con el médico",
      action: "Pida cita con un médico o fisioterapeuta en las próximas 1 a 2 semanas.",
      detail: "Mientras espera, siga el plan de autocuidado. Actúe antes si aparece una señal de alarma.",
      short: "Médico en 1-2 semanas",
    },
    self_care: {
      title: "Probablemente puede cuidarse en casa",
      action:
        "Siga moviéndose con suavidad y dé paseos cortos. Una bolsa fría o templada puede aliviar el dolor: {packMinutes} minutos como máximo cada vez.",
      detail:
        "La mayoría de los espasmos de espalda mejoran claramente en unas semanas. Vea a un médico si no ha mejorado en unas 3 semanas.",
      short: "Autocuidado",
    },
    pending: {
      title: "Todavía no podemos decirlo",
      action:
        "Quedan preguntas sobre señales de alarma sin responder. Respóndalas, o hable con un médico o una enfermera.",
      detail: "Nunca decimos «autocuidado» mientras una señal de alarma sea desconocida.",
      short: "Sin terminar",
    },
  },

  emergency: {
    call: "Llame al {number}",
    callNow: "¿Emergencia? Llame al {number}",
    country: "País",
    changeCountry: "Cambiar de país",
    unknownCountry: "No sabemos su país. El 112 funciona desde la mayoría de los móviles en muchos países.",
    adviceLine: "Línea de consejo sanitario: {number}",
  },

  screens: {
    emergency_signs: {
      title: "Primero, unas preguntas importantes",
      intro: "¿Tiene ahora alguna de estas cosas? Son raras, pero necesitan atención rápida.",
    },
    legs: {
      title: "Sus piernas",
      intro: "Los problemas de espalda pueden afectar a los nervios de las piernas.",
    },
    start: { title: "Cómo empezó", intro: "" },
    about_you: { title: "Sobre usted", intro: "" },
    body: {
      title: "El resto del cuerpo",
      intro: "¿Tiene alguna de estas cosas además del dolor de espalda?",
    },
    infection_risks: {
      title: "Riesgo de infección",
      intro: "Con fiebre, estas cosas hacen más probable una infección en la columna.",
    },
    health_history: { title: "Su salud", intro: "¿Le pasa alguna de estas cosas?" },
    course: { title: "Cómo va", intro: "" },
    pattern: { title: "Cómo es el dolor", intro: "¿Alguna de estas frases describe su dolor?" },
    follow_up_emergency: {
      title: "Gracias. Primero, unas preguntas importantes",
      intro:
        "Gracias por contárnoslo. Donde sus palabras daban una respuesta, la hemos elegido: revise cada una y cámbiela si no es correcta. Estas señales son raras, pero necesitan atención rápida.",
    },
    follow_up_urgent: { title: "Unas preguntas más", intro: "Nos dicen si conviene ver a un médico hoy." },
    follow_up_soon: { title: "Últimas preguntas", intro: "Nos ayudan a darle el consejo adecuado." },
  },

  /** FHIR Questionnaire group for facts the interview does not ask (where, side, pain score, movement). */
  fhir: {
    emptyIfNotSure: "Déjelo vacío si no lo sabe con seguridad.",
    levelQuestion: "Resultado: cuándo buscar atención",
    triage: "Triaje de dolor de espalda (BackTalk)",
    possibleCause: "Posible causa para hablar con un médico, no un diagnóstico.",
    possible: "Posible",
    anonymous: "Anónimo (sin identificar)",
    method: "Reglas de triaje de BackTalk, versión del conocimiento {version}",
    yesNo: "Sí o no",
    causeLikelihood: "Qué tan probable es una causa",
    knowledgeVersion: "Versión del conocimiento de BackTalk",
    levelSystem: "Niveles de triaje de BackTalk",
    ruleSystem: "Reglas de triaje de BackTalk",
    causeSystem: "Posibles causas del dolor de espalda",
    factSystem: "Datos de BackTalk (preguntas)",
    answersTo: "Respuestas a: {question}",
  },
  detailsGroup: { title: "Sobre el dolor (opcional)" },

  facts: {
    age: { question: "¿Cuántos años tiene?", short: "Edad", unit: { one: "año", other: "años" } },
    sex: {
      question: "¿Cuál es su sexo?",
      short: "Sexo",
      options: { female: "Mujer", male: "Hombre", other: "Otro / prefiero describirlo" },
    },
    pregnant: {
      howToTell:
        "Si la regla se le ha retrasado o podría estar embarazada, una prueba de embarazo de farmacia se lo dirá.",
      question: "¿Está embarazada o podría estarlo?",
      short: "Embarazo",
    },
    region: {
      question: "¿Dónde le duele?",
      short: "Dónde",
      options: {
        lower_back: "Parte baja de la espalda",
        mid_back: "Mitad de la espalda",
        upper_back: "Parte alta de la espalda",
      },
    },
    side: {
      question: "¿De qué lado?",
      short: "Lado",
      options: { left: "Izquierdo", right: "Derecho", both: "Los dos lados", center: "En el centro" },
    },
    painScore: {
      question:
        "¿Cuánto le dolió en el peor momento de las últimas 24 horas? (0 = nada, 10 = el peor dolor imaginable)",
      short: "Peor dolor en las últimas 24 horas (0-10)",
    },
    mobility: {
      question: "¿Cómo se puede mover?",
      short: "Movimiento",
      options: {
        normal: "Casi como siempre",
        limited: "Menos que de costumbre",
        severely_limited:
          "Casi no me puedo mover (por ejemplo, no puedo levantarme de la cama ni cruzar una habitación)",
      },
    },
    onsetDaysAgo: {
      question: "¿Hace cuántos días empezó este espasmo?",
      short: "Empezó (hace días)",
      unit: { one: "día", other: "días" },
    },
    onsetTrigger: {
      howToTell:
        "Piense en el momento en que empezó. Caerse de una escalera, de un tejado o un accidente de coche es un accidente grave; resbalar en el suelo es una caída pequeña.",
      question: "¿Cómo empezó?",
      short: "Cómo empezó",
      options: {
        strain: "Al levantar peso, girar, agacharme, estirarme o hacer deporte sin choque",
        minor_trauma: "Una caída desde mi altura o menos, un resbalón o un golpe leve",
        major_trauma:
          "Un accidente grave: de tráfico, una caída desde altura (escalera, tejado) o un golpe fuerte",
        none: "Sin una causa clara",
      },
    },
    course: {
      question: "Desde que empezó, ¿está…",
      short: "Desde que empezó",
      options: { improving: "Mejorando", unchanged: "Más o menos igual", worsening: "Empeorando" },
    },
    previousEpisodesSameArea: {
      question:
        "En los últimos 12 meses, ¿cuántas otras veces tuvo un espasmo en la misma zona de la espalda?",
      short: "Espasmos anteriores en la misma zona (12 meses)",
      unit: { one: "vez", other: "veces" },
    },
    selfCareDays: {
      question: "¿Cuántos días lleva ya con autocuidado (actividad suave, frío o calor)?",
      short: "Días de autocuidado",
      unit: { one: "día", other: "días" },
    },
    legPain: {
      howToTell:
        "Siga el dolor con la mano: ¿se queda en la nalga o el muslo, o pasa de la rodilla a la pantorrilla o el pie?",
      question: "¿El dolor baja a una pierna?",
      short: "Dolor en la pierna",
      options: {
        none: "No",
        above_knee: "Sí, pero no por debajo de la rodilla",
        below_knee: "Sí, por debajo de la rodilla",
      },
    },
    legPainBothSides: {
      howToTell:
        "Cuenta si nota dolor, adormecimiento u hormigueo en la pierna izquierda Y en la derecha, aunque en una sea más leve.",
      question: "¿Tiene dolor, adormecimiento u hormigueo en LAS DOS piernas?",
      short: "Síntomas en las dos piernas",
    },
    legNumbness: {
      howToTell:
        "Toque suavemente las dos piernas y los pies con los dedos. ¿Uno lo nota apagado, dormido o con hormigueo comparado con el otro?",
      question: "¿Tiene adormecimiento u hormigueo en una pierna o un pie?",
      short: "Adormecimiento en la pierna",
    },
    legWeakness: {
      howToTell:
        "Agarrado a algo, intente ponerse de talones y luego de puntillas. Una pierna que cede o un pie que no se levanta cuenta como débil.",
      question:
        "¿Tiene una pierna débil? Por ejemplo, se le dobla, arrastra el pie o no puede levantar el pie.",
      short: "Debilidad en la pierna",
      options: { none: "No", one_leg: "Sí, una pierna", both_legs: "Sí, las dos piernas" },
    },
    weaknessWorsening: {
      howToTell:
        "Compare con ayer: ¿hoy puede hacer menos con la pierna (caminar menos, levantar menos el pie)?",
      question: "¿La debilidad empeora de un día a otro?",
      short: "La debilidad empeora",
    },
    saddleNumbness: {
      howToTell:
        "Al limpiarse después de ir al baño, ¿siente el papel igual en los dos lados y como siempre? Si lo nota apagado, dormido o distinto, responda que sí.",
      question:
        "Adormecimiento u hormigueo entre las piernas, alrededor de las nalgas o de los genitales (la zona que toca una silla de montar)",
      short: "Adormecimiento entre las piernas",
    },
    bladderChange: {
      howToTell:
        "Piense en las últimas veces que fue al baño: ¿le costó empezar, no podía parar, no notó las ganas o se le escapó sin darse cuenta?",
      question:
        "Un problema nuevo con la vejiga: no puede empezar o parar de orinar, no nota cuándo está llena, o se le escapa la orina",
      short: "Problema nuevo con la vejiga",
    },
    bowelIncontinence: {
      howToTell: "¿Se le han escapado las heces sin poder aguantarlas o sin notarlo?",
      question: "Pérdida nueva del control de las heces",
      short: "Pérdida del control de las heces",
    },
    sexualDysfunction: {
      howToTell:
        "¿Nota menos el tacto en los genitales, o algo nuevo no funciona como siempre durante el sexo?",
      question:
        "Pérdida nueva de sensibilidad en los genitales, o un problema nuevo con el sexo (como las erecciones)",
      short: "Cambio nuevo en la función sexual",
    },
    walkingLegPainEasedBySitting: {
      howToTell:
        "Fíjese al caminar: ¿le duelen o le pesan las piernas al rato, y se alivian en unos minutos al sentarse o inclinarse hacia delante?",
      question:
        "Dolor o pesadez en las piernas que aparece al caminar o estar de pie, y se alivia al sentarse o inclinarse hacia delante",
      short: "Dolor de piernas al caminar que se alivia al sentarse",
    },
    fever: {
      howToTell:
        "Si tiene termómetro, úselo: 38 °C o más es fiebre. Los escalofríos, o despertarse empapado de sudor, también cuentan.",
      question: "Fiebre (38 °C o más), escalofríos o sudores por la noche",
      short: "Fiebre o escalofríos",
      findOut: "Si tiene un termómetro, tómese la temperatura ahora. 38 °C o más cuenta como fiebre.",
    },
    weightLoss: {
      howToTell:
        "Sin hacer dieta, ¿le queda la ropa más suelta o ha perdido cerca de un 5 % de su peso (por ejemplo 4 kg de 80 kg) en los últimos 6 meses?",
      question: "Está perdiendo peso sin intentarlo",
      short: "Pérdida de peso",
    },
    cancerHistory: {
      howToTell:
        "Cuenta cualquier cáncer, aunque lo trataran hace años. No cuenta un cáncer de piel que solo se extirpó (salvo el melanoma).",
      question: "Cáncer ahora o en cualquier momento del pasado",
      short: "Cáncer (ahora o antes)",
    },
    restNightPain: {
      howToTell:
        "¿El dolor sigue igual o empeora por la noche en cualquier postura, incluso tumbado sin moverse?",
      question:
        "Dolor constante que empeora por la noche y no se alivia con el reposo ni con ninguna postura",
      short: "Dolor constante, peor por la noche",
    },
    backLumpOrDeformity: {
      howToTell:
        "Pida a alguien que le mire la espalda, o use dos espejos: ¿hay un bulto, o un lado se ve distinto que antes?",
      question: "Un bulto o hinchazón nuevo en la espalda, o la forma de la espalda ha cambiado",
      short: "Bulto o cambio de forma de la espalda",
    },
    ivDrugUse: {
      howToTell:
        "Se refiere a inyectarse cualquier droga en una vena o bajo la piel, ahora o en los últimos meses. Su respuesta se queda en su dispositivo.",
      question: "Se inyecta drogas",
      short: "Se inyecta drogas",
    },
    immunosuppressed: {
      howToTell:
        "Mire las cajas de sus medicinas o pregunte en la farmacia: las medicinas para el cáncer, tras un trasplante o los corticoides de larga duración pueden bajar las defensas.",
      question:
        "Defensas bajas (VIH, quimioterapia, medicamentos de trasplante o medicamentos de larga duración que bajan las defensas)",
      short: "Defensas bajas",
    },
    recentInfectionOrSpinalProcedure: {
      howToTell:
        "En las últimas semanas, ¿tomó antibióticos por una infección, o le pusieron una inyección o le operaron de la columna?",
      question:
        "En las últimas semanas: una infección por bacterias, una inyección en la columna o una operación de columna",
      short: "Infección o intervención de columna reciente",
    },
    osteoporosis: {
      howToTell:
        "Un médico le dijo que tiene los huesos finos (osteoporosis), o toma una medicina para fortalecer los huesos.",
      question: "Osteoporosis (huesos finos o débiles)",
      short: "Osteoporosis",
    },
    steroidUse: {
      howToTell:
        "Mire la caja de la medicina: cuentan los comprimidos de prednisona, prednisolona o dexametasona tomados durante 3 meses o más.",
      question: "Toma corticoides en pastillas (como la prednisona) desde hace tiempo",
      short: "Corticoides en pastillas de larga duración",
    },
    morningStiffness: {
      howToTell:
        "Mañana, mida el tiempo: desde que se despierta, ¿cuánto tarda la espalda en moverse con soltura? Más de 30 minutos cuenta.",
      question: "Rigidez en la espalda al despertar que dura más de 30 minutos",
      short: "Rigidez por la mañana de más de 30 minutos",
    },
    betterWithExercise: {
      howToTell: "¿El dolor se alivia después de moverse un rato, y sigue igual o empeora cuando descansa?",
      question: "El dolor mejora al moverse o hacer ejercicio, pero no con el reposo",
      short: "Mejora con el ejercicio, no con el reposo",
    },
    chestSymptoms: {
      howToTell:
        "Ponga una mano en el pecho: ¿hay dolor, opresión o presión? ¿Le falta el aire estando quieto, o suda frío?",
      question:
        "Dolor u opresión en el pecho, falta de aire, sudor frío, o dolor que se extiende al brazo o la mandíbula",
      short: "Dolor en el pecho o falta de aire",
    },
    abdominalPain: {
      howToTell: "Presione suavemente la barriga: ¿le duele, o nota ahí un latido fuerte como un pulso?",
      question: "Dolor en la barriga, o una sensación de latido en la barriga",
      short: "Dolor de barriga",
    },
    urinarySymptoms: {
      howToTell:
        "Al orinar: ¿le quema o escuece, necesita ir mucho más a menudo, o la orina es rosa, roja o marrón?",
      question: "Ardor al orinar, orinar mucho más a menudo de lo normal, o sangre en la orina",
      short: "Ardor o sangre al orinar",
    },
  },

  rules: {
    E1: {
      title: "Posible presión sobre los nervios de la base de la columna (cola de caballo)",
      watchFor:
        "Adormecimiento entre las piernas o alrededor de las nalgas, o un problema nuevo con la vejiga, el intestino o el sexo",
    },
    E2: {
      title: "La debilidad en las dos piernas puede indicar presión sobre los nervios de la columna",
      watchFor: "Debilidad en las dos piernas",
    },
    E3: {
      title: "Un accidente grave puede romper un hueso de la columna",
      watchFor: "Dolor de espalda después de un accidente o una caída grave",
    },
    E4: {
      title: "El dolor de espalda con síntomas en el pecho puede venir del corazón",
      watchFor: "Dolor u opresión en el pecho, falta de aire o sudor frío",
    },
    E5: {
      title:
        "El dolor de espalda con dolor de barriga a partir de los 50 años puede venir de la arteria principal (aorta)",
      watchFor: "Dolor repentino en la barriga, o una sensación de latido en la barriga",
    },
    E6: {
      title: "La fiebre con estas señales puede indicar una infección en la columna",
      watchFor: "Fiebre junto con debilidad o adormecimiento en las piernas",
    },
    E7: {
      title:
        "Los síntomas en las dos piernas pueden ser un aviso temprano de presión sobre los nervios de la base de la columna",
      watchFor: "Dolor, adormecimiento u hormigueo en las dos piernas",
    },
    U1: {
      title: "El dolor de espalda con fiebre necesita revisarse por si hay una infección",
      watchFor: "Fiebre, escalofríos o sudores por la noche",
    },
    U2: {
      title: "Una caída o un golpe puede romper un hueso débil de la columna",
      watchFor: "Una caída si tiene 70 años o más, tiene osteoporosis o toma corticoides en pastillas",
    },
    U3: {
      title: "Un dolor de espalda nuevo después de un cáncer debe revisarse pronto",
      watchFor: "Cualquier dolor de espalda nuevo si ha tenido cáncer",
    },
    U4: {
      title: "La debilidad en una pierna indica que un nervio puede estar pinzado",
      titleWorsening: "La debilidad en una pierna que va a peor indica que un nervio puede estar pinzado",
      watchFor: "Una pierna o un pie débil, que se dobla o que arrastra",
    },
    U5: {
      title: "Las molestias al orinar con dolor de espalda pueden indicar un problema de riñón",
      watchFor: "Ardor o sangre al orinar",
    },
    U6: {
      title: "El dolor de barriga con dolor de espalda debe revisarse hoy",
      watchFor: "Dolor en la barriga además de en la espalda",
    },
    U7: {
      title: "Un bulto nuevo o un cambio en la forma de la espalda debe revisarse",
      watchFor: "Un bulto nuevo o un cambio en la forma de la espalda",
    },
    S1: {
      title: "Dura ya 3 semanas o más y no mejora",
      watchFor: "No ha mejorado claramente unas 3 semanas después de empezar",
    },
    S2: { title: "Dura ya 6 semanas o más", watchFor: "Sigue ahí 6 semanas después de empezar" },
    S3: {
      title: "Vuelve una y otra vez en el mismo sitio",
      watchFor: "Un tercer espasmo en el mismo sitio en un año",
    },
    S4: {
      title: "El dolor por debajo de la rodilla o el adormecimiento pueden indicar un nervio pinzado",
      watchFor: "Dolor por debajo de la rodilla, o adormecimiento en una pierna",
    },
    S5: {
      title:
        "El dolor de piernas al caminar que se alivia al sentarse puede indicar un canal de la columna estrecho",
      watchFor: "Dolor de piernas al caminar que se alivia al sentarse",
    },
    S6: {
      title:
        "Una rigidez de larga duración que mejora con el ejercicio puede ser una enfermedad inflamatoria de la espalda",
      watchFor: "Rigidez cada mañana durante meses que mejora con el ejercicio",
    },
    S7: {
      title: "La pérdida de peso o el dolor constante por la noche deben revisarse",
      watchFor: "Perder peso sin intentarlo, o dolor constante por la noche",
    },
    S8: {
      title: "Está empeorando incluso después de una semana de autocuidado",
      watchFor: "Empeora después de una semana de autocuidado",
    },
    S9: {
      title: "El dolor de espalda en el embarazo conviene que lo revise su médico o matrona",
      watchFor: "Dolor de espalda en el embarazo",
    },
    S10: {
      title:
        "BackTalk está hecho para personas de 16 años o más. El dolor de espalda de un niño o adolescente debe revisarlo un médico",
      watchFor: "",
    },
    SC: {
      title: "Sin señales de alarma: parece una distensión o un espasmo muscular",
      watchFor: "",
    },
  },

  causes: {
    soft_tissue_strain: {
      name: "Distensión de un músculo o ligamento (espasmo de espalda)",
      explanation:
        "La causa más frecuente. Un músculo o ligamento se ha forzado y los músculos se tensan para protegerlo. Duele mucho, pero no es peligroso y suele mejorar claramente en unas semanas.",
    },
    herniated_disc: {
      name: "Hernia de disco",
      explanation:
        "Un disco entre dos huesos de la columna se abomba y aprieta un nervio. Puede causar dolor, adormecimiento o debilidad en una pierna (ciática). La mayoría mejora sin operación.",
    },
    degenerative_disc_disease: {
      name: "Desgaste de los discos de la columna",
      explanation:
        "Los discos entre los huesos de la columna cambian poco a poco con la edad. Es frecuente y a menudo no duele, pero puede hacer que los espasmos duren más o vuelvan.",
    },
    spinal_stenosis: {
      name: "Estrechamiento del canal de la columna (estenosis espinal)",
      explanation:
        "El espacio de los nervios en la parte baja de la columna se estrecha, casi siempre con la edad. Las piernas pueden doler o pesar al caminar y aliviarse al sentarse o inclinarse.",
    },
    osteoarthritis: {
      name: "Artrosis de las articulaciones de la columna",
      explanation:
        "Las pequeñas articulaciones de la columna se desgastan con la edad. Puede causar rigidez y dolor de espalda que va y viene.",
    },
    cauda_equina_syndrome: {
      name: "Presión sobre los nervios de la base de la columna (síndrome de cola de caballo)",
      explanation:
        "Raro pero grave. El haz de nervios del final de la columna queda apretado. Necesita una resonancia y a menudo una operación en pocas horas para proteger la vejiga, el intestino, la función sexual y las piernas.",
    },
    spinal_fracture: {
      name: "Un hueso roto en la columna",
      explanation:
        "Un hueso de la columna se puede romper en un accidente grave, o tras una caída pequeña si los huesos están débiles.",
    },
    spinal_infection: {
      name: "Infección en la columna",
      explanation:
        "Rara vez, las bacterias infectan los huesos, los discos o el espacio alrededor de la médula. Necesita tratamiento rápido.",
    },
    malignancy: {
      name: "Un cáncer que afecta a la columna",
      explanation:
        "Rara vez, el dolor de espalda se debe a un cáncer que se ha extendido a la columna. Es más probable en personas que ya han tenido cáncer. Un médico lo puede revisar.",
    },
    inflammatory_back_pain: {
      name: "Enfermedad inflamatoria de la espalda (como la espondiloartritis axial)",
      explanation:
        "Una enfermedad de larga duración en la que las defensas inflaman la columna. Suele empezar antes de los 45 años, da rigidez por la mañana y mejora con el ejercicio. Un médico le puede enviar al especialista.",
    },
    cardiac: {
      name: "Un problema del corazón",
      explanation:
        "El dolor del corazón se puede notar en la parte alta de la espalda, sobre todo con dolor en el pecho, falta de aire o sudor.",
    },
    aortic_aneurysm: {
      name: "Un problema en la arteria principal de la barriga (aneurisma de aorta)",
      explanation:
        "La arteria principal del cuerpo se puede dilatar y sangrar. Es raro pero peligroso, y más probable después de los 50.",
    },
    kidney: {
      name: "Un problema de riñón (infección o piedra)",
      explanation:
        "Una infección o una piedra en el riñón puede causar dolor en la espalda o en el costado, a menudo con fiebre o molestias al orinar.",
    },
  },

  causesIntro: "Posibles causas para hablar con un médico. Son posibilidades, no un diagnóstico.",
  reasonsIntro: "Por qué decimos esto",
  reasonsNone: "En sus respuestas no apareció ninguna señal de alarma.",
  unsure: {
    title: "No lo sabía con seguridad: {sign}",
    level: {
      urgent: "Un médico o una enfermera debería revisarlo hoy.",
      soon: "Un médico debería revisarlo en las próximas 1 a 2 semanas.",
    },
    ifYes: {
      emergency: "Si descubre que la respuesta es sí: llame ahora al {number}.",
      urgent: "Si descubre que la respuesta es sí: contacte hoy con un médico.",
      soon: "Si descubre que la respuesta es sí: dígaselo a su médico en la cita.",
    },
    howToTell: "Cómo saberlo",
  },
  yourAnswer: "Su respuesta",
  unknownAnswer: "sin responder",
  sourcesLabel: "Fuentes",
  knowledgeVersion: "Versión del conocimiento {version}, revisada el {date}",
  missingIntro: "Estas preguntas todavía podrían cambiar el consejo:",

  plan: {
    title: "Su plan de autocuidado",
    titleByLevel: {
      emergency: "Qué hacer ahora",
      urgent: "Hasta que hable con un médico",
      pending: "Mientras quedan preguntas abiertas",
    },
    now: {
      title: "Qué hacer ahora",
      callOrGo:
        "Llame ahora al {number} o vaya al servicio de urgencias más cercano. No espere a ver si se pasa.",
      doNotDrive: "No conduzca usted. Pida a alguien que le lleve o llame a una ambulancia.",
      takeReasons:
        "Lleve consigo la lista de motivos de abajo (en este teléfono o en papel) y enséñela al médico o a la enfermera.",
      tellCallHandler:
        "Cuando llame, diga: «Tengo dolor de espalda con {signs}». Diga cuándo empezó, responda a sus preguntas y haga lo que le digan.",
      tellCallHandlerNoSigns:
        "Cuando llame, diga que tiene dolor de espalda y lea los motivos de abajo. Responda a sus preguntas y haga lo que le digan.",
    },
    doctorToday: {
      title: "Contacte hoy con un médico",
      body: "Cuando le atiendan, explique por qué llama: las razones que le dio BackTalk y cuándo empezó el dolor.",
      afterDoctor:
        "Por ahora no hay objetivo de paseos ni fecha para volver a registrar cómo está. Cuando haya hablado con un médico, siga el plan que le dé.",
    },
    answerFirst: {
      title: "Responda primero a las preguntas abiertas",
      body: "Quedan preguntas abiertas que podrían cambiar el consejo. Hasta responderlas, use solo las medidas de alivio de abajo y pida ayuda enseguida si aparece una señal de alarma.",
    },
    comfort: {
      title: "Mientras tanto: alivio",
      body: "Descanse de todo lo que le empeore el dolor y muévase solo hasta donde le resulte cómodo. El frío o el calor pueden aliviar el dolor (vea abajo).",
    },
    relativeRest: {
      title: "Siga activo con suavidad",
      body: "Descanse del ejercicio fuerte y de lo que le empeore mucho el dolor, pero siga moviéndose. Tumbarse un rato está bien. No se recomienda quedarse en la cama: quienes se mantienen activos suelen recuperarse un poco antes.",
    },
    walking: {
      title: "Paseos cortos durante el día",
      body: "Dé {walksPerDay, plural, one {# paseo corto} other {# paseos cortos}} al día de unos {minutesPerWalk, plural, one {# minuto} other {# minutos}}, hasta donde le resulte cómodo. Añada más o menos {addMinutesPerDay, plural, one {# minuto} other {# minutos}} cada día, hasta {maxMinutesPerWalk, plural, one {# minuto} other {# minutos}}.",
    },
    cold: {
      title: "Frío",
      body: "Envuelva una bolsa de frío o de guisantes congelados en un paño. Úsela {maxMinutes} minutos como máximo. Luego deje que la piel descanse y se caliente al menos {minSkinRestMinutes} minutos, normalmente de {gapFrom} a {gapTo} horas, antes de la siguiente vez.",
      cautionsTitle: "No use frío (ni calor):",
      cautions: {
        numb_skin: "sobre piel adormecida",
        raynauds: "si tiene Raynaud (los dedos se ponen blancos o azules con el frío)",
        cold_urticaria: "si el frío le produce ronchas (urticaria por frío)",
        poor_circulation: "si tiene mala circulación",
        diabetic_neuropathy: "si tiene los pies o la piel adormecidos por la diabetes (neuropatía)",
      },
      numbSkinWarning:
        "Dijo que tiene una parte de la pierna o del cuerpo adormecida: nunca ponga frío ni calor sobre piel adormecida.",
    },
    heat: {
      title: "Calor",
      body: "Una faja térmica o una bolsa templada (no caliente) tiene más apoyo en los estudios que el frío para un espasmo reciente. Úsela hasta {maxMinutes} minutos cada vez, nunca mientras duerme. Pruebe los dos y use lo que le ayude.",
    },
    medicines: {
      title: "Alivio del dolor",
      body: "Un farmacéutico o un médico le puede aconsejar qué calmante le conviene. BackTalk no da consejos ni dosis de medicamentos.",
    },
    watchFor: {
      title: "Cuándo pedir ayuda",
      emergency: "Llame ahora a su número de emergencias si tiene:",
      urgent: "Vea a un médico el mismo día si tiene:",
      soon: "Pida cita con el médico si:",
    },
    borderline: {
      nearly_three_weeks:
        "Ya han pasado 2 semanas o más. Si no ha mejorado claramente el {betterBy}, pida cita con el médico.",
      one_earlier_episode:
        "Es el segundo espasmo en el mismo sitio este año. Si vuelve otra vez, pida cita con el médico.",
    },
    betterBy: "Debería haber mejorado claramente el {betterBy}. Si no, pida cita con el médico.",
    recheck: "Vuelva a registrar cómo está el {recheckOn}, o antes si algo cambia.",
  },
  /** The doctor report: headings and fixed phrases (its clinical wording comes from the sections above). */
  report: {
    title: "BackTalk: resumen del dolor de espalda para el profesional sanitario",
    subtitle:
      "Hecho con los registros de la propia persona. Información para la consulta, no un diagnóstico.",
    demoBanner: "DATOS DE EJEMPLO - no es una persona real",
    generated: "Hecho el {date}",
    knowledgeVersion: "Versión del conocimiento {version} (revisada el {reviewed})",
    advice: "Consejo dado",
    course: "Evolución",
    statuses: {
      new_warning_sign: "Nueva señal de alarma en un registro",
      not_better_after_3_weeks: "No mejora después de 3 semanas",
      keeps_coming_back: "Vuelve una y otra vez en el mismo sitio",
      worse_despite_self_care: "Empeora pese a una semana de autocuidado",
      improving: "Mejorando",
      unchanged: "Más o menos igual",
      worsening: "Empeorando",
      too_early: "Aún es pronto para saberlo",
    },
    onset: "Inicio {date}",
    started: "{date}, {ago}",
    ago: "{days, plural, one {hace # día} other {hace # días}}",
    agoToday: "hoy",
    range: "{from} – {to}",
    howItStarted: "Cómo empezó",
    trend: "Tendencia: {trend}",
    trendDetail: "peor dolor de los primeros días {baseline}/10, de los últimos días {recent}/10",
    reasons: "Por qué (reglas que se cumplieron y las respuestas que las activaron)",
    noRules: "No se cumplió ninguna regla.",
    missing: "Sin responder, podría cambiar el consejo: {facts}",
    causes: "Posibles causas para comentar",
    causesNote: "Son posibilidades, no un diagnóstico.",
    timeline: "Episodios",
    timelineWindow: "últimos 12 meses",
    episode: "Episodio",
    current: "actual",
    resolved: "resuelto",
    ongoing: "en curso",
    days: "{days, plural, one {# día} other {# días}}",
    dayToday: "hoy es el día {days}",
    peak: "peor {pain}/10",
    noEpisodes: "No hay episodios con dolor registrados.",
    painChart: "Dolor en el episodio actual (0-10, el peor de las últimas 24 horas)",
    painAxis: "dolor",
    coldMark: "frío",
    walkMark: "paseo",
    noPainData: "No hay registros con dolor en este episodio.",
    warningSigns: "Señales de alarma",
    reported: "Presentes (sí)",
    screened: "Preguntadas, respuesta no",
    noneReported: "Ninguna.",
    noneScreened: "Aún no se ha preguntado ninguna.",
    earlierReported: "sí el {date}",
    selfCare: "Autocuidado probado (este episodio)",
    selfCareLine:
      "{coldRounds, plural, one {# sesión de frío} other {# sesiones de frío}} y {walks, plural, one {# paseo} other {# paseos}} ({walkMinutes, plural, one {# minuto} other {# minutos}}) registrados en {loggedDays, plural, one {# día} other {# días}}; autocuidado durante {selfCareDays, plural, one {# día} other {# días}}.",
    answers: "Respuestas",
    page: "Informe de BackTalk",
    demoNotes: [
      "Me desperté rígida, mejoró tras la ducha.",
      "Mucho rato sentada en el trabajo: peor por la tarde.",
      "Dormí mal.",
    ],
  },
};
