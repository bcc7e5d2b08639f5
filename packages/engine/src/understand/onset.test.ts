import { understand } from "@backtalk/engine";
import { describe, expect, it } from "vitest";

/** A Monday, so weekdays count back from it. */
const MONDAY = "2026-12-07";
const facts = (text: string, lang: "en" | "es") => understand(text, { lang, today: MONDAY }).facts;

describe("the onset is when this back pain began", () => {
  it.each([
    ["en", "my mum fell yesterday. my back is stiff and sore"],
    ["en", "my husband had covid last week, now my lower back aches"],
    ["en", "my daughter was in a car crash yesterday and im so stressed, my upper back is in spasm"],
    ["en", "my husband had a car accident on Thursday and my mid back has been aching"],
    ["es", "mi hijo se cayó ayer. yo tengo la espalda rígida"],
    ["es", "mi marido tuvo covid la semana pasada y ahora me duele la zona lumbar"],
    ["es", "mi hijo se cayó de la bici anoche, a mí me duele la cintura"],
    [
      "es",
      "mi hermano tuvo un accidente de coche ayer y estoy muy tenso, tengo la espalda alta contracturada",
    ],
  ] as const)("%s: a relative's event does not time it: %s", (lang, text) => {
    const read = facts(text, lang);
    expect(read.onsetDaysAgo).toBeUndefined();
    expect(read.onsetTrigger).toBeUndefined();
    expect(read.recentInfectionOrSpinalProcedure).toBeUndefined();
  });

  it.each([
    ["en", "my mum fell yesterday and my lower back has been sore for 3 weeks", 21],
    ["en", "my friend fell off a ladder on Friday. My back started hurting on Sunday", 1],
    ["es", "mi madre se cayó ayer y a mí me duele la espalda baja desde hace 3 semanas", 21],
    ["es", "mi abuela se cayó el viernes. A mí la espalda me empezó a doler el domingo", 1],
  ] as const)("%s: the person's own time wins over a relative's: %s", (lang, text, days) => {
    expect(facts(text, lang).onsetDaysAgo).toBe(days);
  });

  it.each([
    ["en", "Since I lifted my grandson 6 days ago my lower back is in spasm", 6],
    ["en", "Hurt my lower back picking up my daughter 3 weeks ago", 21],
    ["en", "My mum fell last week and I've hurt my back helping her up", 7],
    ["es", "Dolor en la zona lumbar después de cargar a mi hijo hace 4 días.", 4],
    ["es", "mi padre se cayó el jueves y me hice daño en la espalda al levantarlo", 4],
  ] as const)("%s: what the person did with a relative keeps its time: %s", (lang, text, days) => {
    expect(facts(text, lang).onsetDaysAgo).toBe(days);
  });

  it("a relative's time is the person's when the text is written for that relative", () => {
    expect(
      facts("writing for my dad, 80: he slipped in the garden yesterday and his back is bad", "en"),
    ).toMatchObject({
      onsetDaysAgo: 1,
      onsetTrigger: "minor_trauma",
    });
  });

  it.each([
    ["en", "since yesterday I can't pee and my back is really bad", "bladderChange"],
    ["en", "numb down there since this morning and lower back pain", "saddleNumbness"],
    ["en", "fever for two days and my mid back aches", "fever"],
    ["en", "chest pain since last night and my upper back hurts", "chestSymptoms"],
    ["en", "tingling in my left foot for a week, and back pain too", "legNumbness"],
    ["en", "my right leg has been weak since Friday and my back is killing me", "legWeakness"],
    ["es", "desde esta mañana no siento la zona genital y me duele la espalda baja", "saddleNumbness"],
    ["es", "tengo fiebre desde hace dos días y me duele la espalda media", "fever"],
    ["es", "dolor de barriga desde hace 3 días y dolor lumbar", "abdominalPain"],
    ["es", "se me duermen las dos piernas desde el sábado, contractura lumbar", "legNumbness"],
  ] as const)("%s: another symptom's time is not the onset: %s", (lang, text, symptom) => {
    const read = facts(text, lang);
    expect(read[symptom]).toBeTruthy();
    expect(read.onsetDaysAgo).toBeUndefined();
  });

  it.each([
    ["en", "I've had diarrhoea for 3 days and my lower back aches"],
    ["es", "tengo diarrea desde hace 3 días y me duele la espalda baja"],
  ] as const)("%s: nor is the time of an illness with no fact of its own: %s", (lang, text) => {
    expect(facts(text, lang).onsetDaysAgo).toBeUndefined();
  });

  it.each([
    ["en", "my back has hurt for 3 weeks and since yesterday I can't pee", 21],
    ["en", "my lower back went into spasm 2 days ago and I've had a fever since last night", 2],
    ["es", "me duele la espalda desde hace 3 semanas y desde ayer no puedo orinar", 21],
    ["es", "me arde al orinar desde esta mañana, dolor lumbar desde hace una semana", 7],
  ] as const)("%s: the back's own start is read beside another symptom's: %s", (lang, text, days) => {
    expect(facts(text, lang).onsetDaysAgo).toBe(days);
  });

  it.each([
    ["en", "bad back on and off for years but this flare started 3 days ago", 3],
    [
      "en",
      "I've had back problems on and off for 10 years, this time it started last Wednesday lifting cement",
      5,
    ],
    ["en", "had a spasm like this 2 years ago, this one began yesterday", 1],
    ["es", "tengo problemas de espalda desde hace años pero esta crisis empezó hace 3 días", 3],
    ["es", "llevo 10 años con la espalda mal, esta vez empezó el miércoles pasado cargando cemento", 5],
    ["es", "tuve una contractura así hace 2 años, esta empezó ayer", 1],
  ] as const)("%s: this flare, not the years of trouble before it: %s", (lang, text, days) => {
    expect(facts(text, lang).onsetDaysAgo).toBe(days);
  });

  it.each([
    ["en", "lower back pain for the past couple of weeks", 14],
    ["en", "mid back spasms for the past fortnight, no better", 14],
    ["en", "back spasms for a fortnight now", 14],
    ["en", "pulled my back a week and a half ago", 11],
    ["en", "my back has hurt since Tuesday", 6],
    ["en", "back pain since Monday", 7],
    ["es", "dolor de espalda baja desde hace un par de semanas", 14],
    ["es", "contracturas en la espalda desde hace quince días", 15],
    ["es", "me dio un tirón en la espalda hace semana y media", 11],
    ["es", "llevo 3 semanas así y no mejora", 21],
    ["es", "me duele la espalda desde el martes", 6],
    ["es", "dolor de espalda desde el lunes", 7],
    ["en", "my back has been in bits for the last 48 hours", 2],
    ["en", "lower back spasm since 12 hours ago", 0],
    ["es", "me duele la espalda desde hace 48 horas", 2],
    ["es", "ya van unos diez días de dolor lumbar y no mejora", 10],
  ] as const)("%s: %s -> %i days", (lang, text, days) => {
    expect(facts(text, lang).onsetDaysAgo).toBe(days);
  });

  it.each([
    ["en", "my back has been in spasm since the weekend"],
    ["es", "tengo la espalda contracturada desde el finde"],
  ] as const)("%s: a weekend is two days, so it stays unknown: %s", (lang, text) => {
    expect(facts(text, lang).onsetDaysAgo).toBeUndefined();
  });
});

describe("no cause for the back pain", () => {
  it.each([
    ["es", "he perdido 5 kilos sin hacer nada y me duele la espalda por la noche"],
    ["es", "bajé de peso sin hacer nada, la espalda me duele mucho"],
    ["en", "I've lost 5 kilos without doing anything and my back hurts at night"],
  ] as const)("%s: weight lost without trying says nothing of how the pain began: %s", (lang, text) => {
    const read = facts(text, lang);
    expect(read.weightLoss).toBe(true);
    expect(read.onsetTrigger).toBeUndefined();
  });

  it.each([
    ["es", "el dolor de espalda empezó sin hacer nada, no hubo golpe"],
    ["en", "the back pain came on without doing anything, no injury"],
  ] as const)("%s: a back pain that began by itself still has no cause: %s", (lang, text) => {
    expect(facts(text, lang).onsetTrigger).toBe("none");
  });
});

describe("the side is the back's", () => {
  it.each([
    ["en", "numb on the right side of my foot and lower back pain"],
    ["en", "my arm is numb on the left side and my upper back aches"],
    ["en", "pins and needles down the right side of my calf, back spasm"],
    ["es", "tengo dormido el lado derecho del pie y dolor lumbar"],
    ["es", "dolor por el lado izquierdo de la pierna hasta el tobillo"],
    ["es", "se me duerme el brazo por el lado izquierdo y me duele la espalda alta"],
    ["es", "hormigueo por la parte derecha de la pantorrilla, contractura en la espalda"],
  ] as const)("%s: a side of a foot, leg or arm is not the back's: %s", (lang, text) => {
    expect(facts(text, lang).side).toBeUndefined();
  });

  it.each([
    ["en", "lower back pain on the right, tingling on the left side of my foot", "right"],
    ["en", "the left side of my lower back is in spasm", "left"],
    ["en", "pain in my right hand side of my lower back", "right"],
    ["es", "dolor lumbar del lado derecho, hormigueo en el lado izquierdo del pie", "right"],
    ["es", "tengo una contractura en el lado izquierdo de la espalda baja", "left"],
    ["es", "me duele la pierna izquierda y el lado izquierdo de la espalda", "left"],
  ] as const)("%s: the back's side is still read: %s", (lang, text, side) => {
    expect(facts(text, lang).side).toBe(side);
  });
});

describe("words that look like a day, a sport or bed rest", () => {
  it.each([
    ["en", "I sat down hard on the stairs and my back went"],
    ["en", "sat awkwardly on the sofa and twisted my back"],
    ["en", "sat in the sun all afternoon and now my back aches"],
    ["en", "c'mon, this back pain is killing me"],
    ["en", "my nan missed the last step and sat down hard"],
  ] as const)("%s: no weekday in %s", (lang, text) => {
    expect(facts(text, lang).onsetDaysAgo).toBeUndefined();
  });

  it.each([
    ["en", "back went on sat morning", 2],
    ["en", "since sat my back is stiff", 2],
    ["en", "my back has hurt since wed", 5],
    ["en", "it went on Sunday", 1],
  ] as const)("%s: a short weekday after a time word still counts: %s", (lang, text, days) => {
    expect(facts(text, lang).onsetDaysAgo).toBe(days);
  });

  it.each([
    ["en", "I have a lump the size of a golf ball on my lower back"],
    ["en", "a swelling the size of a tennis ball on my spine"],
    ["en", "tennis elbow and a sore back"],
    ["es", "un bulto del tamaño de una pelota de golf en la espalda"],
    ["es", "tengo un bulto como una bola de tenis en la espalda"],
  ] as const)("%s: a size or an elbow is no sport played: %s", (lang, text) => {
    expect(facts(text, lang).onsetTrigger).toBeUndefined();
  });

  it.each([
    ["en", "landed flat on my back on the ice", "minor_trauma"],
    ["en", "crashed my mountain bike yesterday, landed flat on my back", "major_trauma"],
    ["es", "mi abuela se sentó de golpe en la silla y le duele la espalda", "minor_trauma"],
    ["en", "fell off a ladder and landed flat on my back", "major_trauma"],
    ["es", "me caí de espaldas en el hielo", "minor_trauma"],
  ] as const)("%s: landing flat on the back is a fall, not bed rest: %s", (lang, text, trigger) => {
    const read = facts(text, lang);
    expect(read.onsetTrigger).toBe(trigger);
    expect(read.mobility).toBeUndefined();
  });

  it("still reads a person lying flat on their back as barely moving", () => {
    expect(facts("I'm flat on my back, can't move", "en").mobility).toBe("severely_limited");
  });
});

describe("a procedure's time is the procedure's, unless the pain is said to date from it", () => {
  it.each([
    ["en", "had a steroid injection in my spine on Friday, my back is sore"],
    ["en", "had my appendix out 10 days ago and now my back aches"],
    ["en", "had my flu jab 2 days ago and my back aches"],
    ["en", "had 2 epidurals in my lower back, last one was 3 wks ago"],
    ["es", "me hicieron una infiltración en la columna el viernes y me duele la espalda"],
    ["es", "me pusieron una inyeccion en la columna hace diez dias"],
    ["es", "me hicieron una biopsia hace una semana y me duele la cintura"],
  ] as const)("%s: %s -> onset unknown", (lang, text) => {
    expect(facts(text, lang).onsetDaysAgo).toBeUndefined();
  });

  it.each([
    ["en", "had an epidural 3 days ago and since then my back hurts", 3],
    ["en", "my back has hurt since the epidural 3 days ago", 3],
    ["en", "Had a lumbar puncture in hospital 2 weeks ago, since then my back hurts.", 14],
    ["en", "had a steroid injection in my spine on Friday, back pain started yesterday", 1],
    ["es", "me pusieron la epidural hace 3 días y desde entonces me duele la espalda", 3],
    ["es", "me duele la espalda desde la epidural hace 3 días", 3],
    ["es", "me operaron de la rodilla hace 3 semanas y me duele la espalda desde ayer", 1],
  ] as const)("%s: %s -> onset %i", (lang, text, days) => {
    expect(facts(text, lang).onsetDaysAgo).toBe(days);
  });

  it("keeps a recent spinal procedure as history in both languages", () => {
    expect(facts("had an epidural 3 days ago and since then my back hurts", "en")).toMatchObject({
      recentInfectionOrSpinalProcedure: true,
    });
    expect(facts("me hicieron una infiltración en la columna el viernes", "es")).toMatchObject({
      recentInfectionOrSpinalProcedure: true,
    });
  });
});

describe("a time said with not peeing is the bladder's", () => {
  it.each([
    ["es", "desde ayer no meo y me duele la espalda"],
    ["es", "desde anoche no orino, y la espalda me duele"],
    ["es", "no orino bien desde el lunes"],
    ["en", "haven't peed since last night and my back hurts"],
    ["en", "no pee since this morning"],
    ["en", "since last night, nothing when I try to pee"],
  ] as const)("%s: %s", (lang, text) => {
    const read = facts(text, lang);
    expect(read.bladderChange).toBe(true);
    expect(read.onsetDaysAgo).toBeUndefined();
  });

  it.each([
    ["es", "desde anoche no orino, la espalda me duele desde hace una semana", 7],
    ["en", "I haven't peed since last night, my back went 3 days ago", 3],
  ] as const)("%s: the back's own time still counts: %s", (lang, text, days) => {
    expect(facts(text, lang)).toMatchObject({ bladderChange: true, onsetDaysAgo: days });
  });

  it.each([
    ["es", "no meo sangre, me duele la espalda"],
    ["es", "no orino raro, solo me duele la espalda"],
  ] as const)("%s: what is not peed is no retention: %s", (lang, text) => {
    expect(facts(text, lang).bladderChange).toBeUndefined();
  });
});

describe("an unchanged course", () => {
  it.each([
    ["es", "sigo igual"],
    ["es", "sigo más o menos igual"],
    ["es", "ni mejora ni empeora"],
    ["es", "continúa igual que ayer"],
    ["en", "it's the same as before"],
    ["en", "no better no worse"],
    ["en", "nothing has changed"],
    ["en", "it has stayed the same"],
  ] as const)("%s: %s", (lang, text) => {
    expect(facts(text, lang).course).toBe("unchanged");
  });

  it.each([
    ["en", "nothing has changed since I wrote last week", "unchanged"],
    ["es", "no ha cambiado desde que escribí la semana pasada", "unchanged"],
    ["en", "the pain is better since yesterday", undefined],
    ["es", "peor desde ayer", undefined],
  ] as const)("%s: a time the course is measured from is not the onset: %s", (lang, text, course) => {
    const read = facts(text, lang);
    expect(read.onsetDaysAgo).toBeUndefined();
    if (course) expect(read.course).toBe(course);
  });
});

describe("a weekday of last week", () => {
  const on = (text: string, lang: "en" | "es", today: string) => understand(text, { lang, today }).facts;
  const FRIDAY = "2026-12-11";
  const WEDNESDAY = "2026-12-09";
  it.each([
    ["en", "my back went Tuesday last week", FRIDAY, 10],
    ["en", "last week on Tuesday my back went", FRIDAY, 10],
    ["en", "since Tuesday last week my back hurts", MONDAY, 6],
    ["en", "my back went last Tuesday", FRIDAY, 3],
    ["en", "my back went last Tuesday", WEDNESDAY, 8],
    ["es", "me duele la espalda desde el martes de la semana pasada", FRIDAY, 10],
    ["es", "la semana pasada, el martes, me dio el tirón", FRIDAY, 10],
    ["es", "me duele la espalda desde el martes pasado", FRIDAY, 3],
    ["es", "me duele la espalda desde el martes pasado", WEDNESDAY, 8],
  ] as const)("%s: %s (today %s) -> %i", (lang, text, today, days) => {
    expect(on(text, lang, today).onsetDaysAgo).toBe(days);
  });
});
