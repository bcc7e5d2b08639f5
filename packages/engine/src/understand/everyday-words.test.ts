import { type FactId, type FactValue, understand } from "@backtalk/engine";
import { describe, expect, it } from "vitest";
import type { Lang } from "./lexicon.ts";

type Case = readonly [lang: Lang, text: string, fact: FactId, value: FactValue];

/**
 * Each row: a way people say a warning sign or risk factor in their own words (UK, US, Spain, Latin America),
 * and the reading it must give.
 */
const EVERYDAY: readonly Case[] = [
  ["en", "no feeling at all in my crotch area", "saddleNumbness", true],
  ["en", "weird numb patch around my back passage", "saddleNumbness", true],
  ["en", "wiping feels different, like I'm wiping someone else", "saddleNumbness", true],
  ["en", "I cant really feel my bum when I sit down, is that normal?", "saddleNumbness", true],
  ["en", "cant feel nothing down there", "saddleNumbness", true],
  ["en", "lady parts feel numb", "saddleNumbness", true],
  ["en", "numbish around my bum", "saddleNumbness", true],
  ["en", "peeing is really slow to get going", "bladderChange", true],
  ["en", "it takes ages to start peeing now", "bladderChange", true],
  ["en", "I haven't peed since this morning even though I've drunk loads", "bladderChange", true],
  ["en", "no urge to pee at all today", "bladderChange", true],
  ["en", "didn't realise I'd wet myself until I stood up", "bladderChange", true],
  ["en", "my waterworks have gone a bit funny", "bladderChange", true],
  ["en", "had a couple of leaks when I coughed which is new", "bladderChange", true],
  ["en", "I have to go pee but it won't come", "bladderChange", true],
  ["en", "i am not able to make urine since morning", "bladderChange", true],
  ["en", "I've lost bladder sensation", "bladderChange", true],
  ["en", "went to the loo and couldn't go", "bladderChange", true],
  ["en", "some leakage from my back passage", "bowelIncontinence", true],
  ["en", "poo just comes out without warning", "bowelIncontinence", true],
  ["en", "can't hold it in when I need a number two", "bowelIncontinence", true],
  ["en", "i crapped my pants and didnt feel it coming", "bowelIncontinence", true],
  ["en", "my erections have stopped", "sexualDysfunction", true],
  ["en", "trouble maintaining an erection since this started", "sexualDysfunction", true],
  ["en", "impotent since the injury", "sexualDysfunction", true],
  ["en", "legs feel really heavy and weak", "legWeakness", "both_legs"],
  ["en", "my legs feel like they're going to give out", "legWeakness", "both_legs"],
  ["en", "my legs won't do what I tell them", "legWeakness", "both_legs"],
  ["en", "he's wobbly on both legs now and keeps nearly falling", "legWeakness", "both_legs"],
  ["en", "I'm unsteady on my legs since this morning", "legWeakness", "both_legs"],
  ["en", "this morning i couldnt tell if i was peeing or not", "bladderChange", true],
  ["en", "he doesn't feel when he needs to go", "bladderChange", true],
  ["en", "says he can't poo and doesn't feel when he needs to go", "bowelIncontinence", true],
  ["en", "my husband says he doesn't feel when he needs to poo", "bowelIncontinence", true],
  ["en", "Crashed off my mountain bike at speed onto rocks this morning", "onsetTrigger", "major_trauma"],
  ["en", "numbness between his legs since yesterday", "saddleNumbness", true],
  ["en", "I keep tripping over my left foot", "legWeakness", "one_leg"],
  ["en", "my right leg won't take my weight", "legWeakness", "one_leg"],
  ["en", "I can't stand on tiptoe on my right foot", "legWeakness", "one_leg"],
  ["en", "feet feel like they're asleep", "legPainBothSides", true],
  ["en", "my temp's been up since yesterday", "fever", true],
  ["en", "felt boiling hot last night", "fever", true],
  ["en", "high temp since last night", "fever", true],
  ["en", "no temperature but very sore", "fever", false],
  ["en", "abdo pain and back pain", "abdominalPain", true],
  ["en", "pain in my side that goes round to my front", "abdominalPain", true],
  ["en", "struggling to breathe properly", "chestSymptoms", true],
  ["en", "heavy feeling in my chest", "chestSymptoms", true],
  ["en", "a car went into the back of me at the lights", "onsetTrigger", "major_trauma"],
  ["en", "we crashed on the motorway", "onsetTrigger", "major_trauma"],
  ["en", "landed on my back from 2 metres", "onsetTrigger", "major_trauma"],
  ["en", "fell through the loft hatch", "onsetTrigger", "major_trauma"],
  ["en", "got knocked off my bike by a van", "onsetTrigger", "major_trauma"],
  ["en", "someone drove into my car", "onsetTrigger", "major_trauma"],
  ["en", "my immune system is shot", "immunosuppressed", true],
  ["en", "my fanny feels numb", "saddleNumbness", true],
  ["en", "i keep needing a wee but cant go", "bladderChange", true],
  ["en", "when i wipe it feels like it isn't my own skin", "saddleNumbness", true],
  ["en", "sitting on the loo the seat feels numb", "saddleNumbness", true],
  ["en", "I can't really control when I poo now", "bowelIncontinence", true],
  ["en", "a hard bump poking out of my spine", "backLumpOrDeformity", true],
  ["en", "had an operation on my lower back a fortnight ago", "recentInfectionOrSpinalProcedure", true],
  ["en", "injections into my spine last week", "recentInfectionOrSpinalProcedure", true],
  ["en", "some leaks of poo in my pants that I didn't notice", "bowelIncontinence", true],
  ["en", "I pooped in my bed without waking up", "bowelIncontinence", true],
  ["en", "on steroid inhalers and tablets for years", "steroidUse", true],
  ["en", "flipped the tractor on a slope", "onsetTrigger", "major_trauma"],
  ["en", "I'm struggling to catch my breath", "chestSymptoms", true],
  ["en", "back ache and I've got a temperature", "fever", true],
  ["en", "peed a little when I stood up and didn't feel it", "bladderChange", true],
  ["en", "had to wear a pad because I keep leaking", "bladderChange", true],
  ["en", "my number twos come out without me knowing", "bowelIncontinence", true],
  ["en", "my back went and now my willy doesn't work", "sexualDysfunction", true],
  ["en", "I have no feeling when we have sex", "sexualDysfunction", true],
  ["en", "it's like my legs belong to someone else, can't control them", "legWeakness", "both_legs"],
  ["en", "it hurts in the middle of my chest", "chestSymptoms", true],
  ["en", "I take immune suppressing medicine", "immunosuppressed", true],
  ["es", "no tengo sensibilidad en las nalgas", "saddleNumbness", true],
  ["es", "al limpiarme no noto nada", "saddleNumbness", true],
  ["es", "siento como anestesiada la zona de abajo", "saddleNumbness", true],
  ["es", "la zona intima la siento rara, como dormida", "saddleNumbness", true],
  ["es", "se me adormecio la cola", "saddleNumbness", true],
  ["es", "tengo la entrepierna como muerta", "saddleNumbness", true],
  ["es", "me cuesta mucho orinar", "bladderChange", true],
  ["es", "no me doy cuenta cuando tengo que orinar", "bladderChange", true],
  ["es", "orino a chorritos", "bladderChange", true],
  ["es", "llevo todo el dia sin orinar", "bladderChange", true],
  ["es", "el chorro de la orina es muy flojo", "bladderChange", true],
  ["es", "tengo ganas de orinar pero no sale", "bladderChange", true],
  ["es", "se me salen unas gotitas de orina sin querer", "bladderChange", true],
  ["es", "tengo la vejiga dormida", "bladderChange", true],
  ["es", "me hice popo en los pantalones", "bowelIncontinence", true],
  ["es", "no aguanto las ganas de hacer caca", "bowelIncontinence", true],
  ["es", "se me escapan los gases y la caca", "bowelIncontinence", true],
  ["es", "mi pene no se levanta", "sexualDysfunction", true],
  ["es", "perdi la ereccion desde que me duele la espalda", "sexualDysfunction", true],
  ["es", "se me aflojan las piernas", "legWeakness", "both_legs"],
  ["es", "casi no puedo caminar de lo debiles que tengo las piernas", "legWeakness", "both_legs"],
  ["es", "las piernas no me dan", "legWeakness", "both_legs"],
  ["es", "la pierna derecha la tengo sin fuerzas", "legWeakness", "one_leg"],
  ["es", "el pie izquierdo no me obedece", "legWeakness", "one_leg"],
  ["es", "se me engancha el pie al caminar", "legWeakness", "one_leg"],
  ["es", "tengo temperatura", "fever", true],
  ["es", "me dio temperatura", "fever", true],
  ["es", "estoy afiebrado", "fever", true],
  ["es", "el dolor se me pasa hacia la barriga", "abdominalPain", true],
  ["es", "tengo colicos y dolor de espalda", "abdominalPain", true],
  ["es", "respiro con dificultad", "chestSymptoms", true],
  ["es", "me cai desde dos metros", "onsetTrigger", "major_trauma"],
  ["es", "accidente en moto", "onsetTrigger", "major_trauma"],
  ["es", "me revolco un caballo", "onsetTrigger", "major_trauma"],
  ["es", "tengo entumida la cola", "saddleNumbness", true],
  ["es", "tengo la vegiga rara, no siento cuando esta llena", "bladderChange", true],
  ["es", "he perdido el control del intestino", "bowelIncontinence", true],
  ["es", "me hice caca sin darme cuenta", "bowelIncontinence", true],
  ["es", "no me aguantan las piernas", "legWeakness", "both_legs"],
  ["es", "tengo los pies dormidos", "legPainBothSides", true],
  ["es", "estoy temblando de frio y sudando", "fever", true],
  ["es", "tuve 38.5 anoche", "fever", true],
  ["es", "me cai de un tercer piso", "onsetTrigger", "major_trauma"],
  ["es", "me drogo con jeringa", "ivDrugUse", true],
  ["es", "me caí por la escalera de casa", "onsetTrigger", "major_trauma"],
  // Places listed after "can't feel" / "no siento": each one is not felt, "ni" included.
  ["en", "I can't feel my thighs or my bum", "saddleNumbness", true],
  ["en", "I can't feel my legs nor my bum", "saddleNumbness", true],
  ["en", "I can't feel my bum or my legs", "legNumbness", true],
  ["en", "I can't feel my thighs", "legNumbness", true],
  ["es", "no siento las piernas ni el culo", "saddleNumbness", true],
  ["es", "no siento ni las piernas ni el culo", "saddleNumbness", true],
  ["es", "no siento ni las piernas ni el culo", "legNumbness", true],
  ["es", "no siento el culo ni las piernas", "legNumbness", true],
  ["es", "no noto los pies ni la entrepierna", "saddleNumbness", true],
  ["es", "no noto las piernas", "legNumbness", true],
  ["es", "cero sensibilidad ahí abajo", "saddleNumbness", true],
  ["es", "no tengo ninguna sensibilidad en el culo", "saddleNumbness", true],
  ["es", "ni siquiera puedo orinar", "bladderChange", true],
  ["en", "Pain goes round into my chest on the left", "chestSymptoms", true],
  ["es", "la vejiga y el intestino bien", "bladderChange", false],
  ["es", "la vejiga y el intestino bien", "bowelIncontinence", false],
  ["en", "I passed urine in bed last night without knowing", "bladderChange", true],
  ["en", "peed in my sleep, never happened before", "bladderChange", true],
  // A sign said as the one exception to a denial.
  ["en", "no other symptoms besides numbness in my groin", "saddleNumbness", true],
  ["es", "ningún síntoma más que la entrepierna dormida", "saddleNumbness", true],
  ["es", "no tengo nada fuera de que se me escapa el pis", "bladderChange", true],
  ["es", "no siento la parte de dentro de los muslos ni el periné", "saddleNumbness", true],
  ["es", "el dolor me baja por detrás de las piernas hasta pasada la rodilla", "legPain", "below_knee"],
];

describe("everyday words for the warning signs", () => {
  it.each(EVERYDAY)("%s: %s", (lang, text, fact, value) => {
    expect(understand(text, { lang }).facts[fact], text).toEqual(value);
  });

  it("reads a temperature said with 'y medio' as fever, never as an age", () => {
    const { facts } = understand("tengo 38 y medio", { lang: "es" });
    expect(facts.fever).toBe(true);
    expect(facts.age).toBeUndefined();
  });
});

describe("negation scope in everyday words", () => {
  it("keeps a denial inside another finding to that finding", () => {
    expect(understand("my legs are not working and fever").facts.fever).toBe(true);
    expect(understand("my leg is not working right, fever too").facts.fever).toBe(true);
    expect(understand("no leg weakness or fever").facts.fever).toBe(false);
    expect(understand("no siento los pies ni tengo fiebre", { lang: "es" }).facts.fever).toBe(false);
  });

  it("carries a denial past a comma to signs of its own kind, or through a list of alternatives, only", () => {
    expect(understand("no fever, numb bum").facts).toMatchObject({ fever: false, saddleNumbness: true });
    expect(understand("no fever, leaking urine").facts).toMatchObject({ fever: false, bladderChange: true });
    expect(understand("no fever, legs weak").facts).toMatchObject({ fever: false, legWeakness: "both_legs" });
    expect(understand("sin fiebre, hormigueo en la entrepierna", { lang: "es" }).facts).toMatchObject({
      fever: false,
      saddleNumbness: true,
    });
    expect(understand("no fever, chills, sweats").facts.fever).toBe(false);
    expect(understand("No fever, weight loss, night sweats.").facts.weightLoss).toBe(false);
    expect(understand("no fever, weak right leg").facts.legWeakness).toBe("one_leg");
    expect(understand("no numbness, weakness").facts).toMatchObject({
      legNumbness: false,
      legWeakness: "none",
    });
    expect(understand("no fever, numbness or weakness").facts).toMatchObject({
      fever: false,
      legNumbness: false,
      legWeakness: "none",
    });
    expect(understand("Denies saddle anaesthesia, LL weakness.").facts.legWeakness).toBe("none");
    expect(understand("no fever and numb bum").facts).toMatchObject({ fever: false, saddleNumbness: true });
    expect(understand("sin fiebre y con el culo dormido", { lang: "es" }).facts.saddleNumbness).toBe(true);
    expect(understand("no fever and chills").facts.fever).toBe(false);
    expect(understand("no fever, burning when I pee").facts.urinarySymptoms).toBe(true);
    expect(understand("no tingling, legs are weak").facts.legWeakness).toBe("both_legs");
    expect(understand("no numbness, weakness").facts.legWeakness).toBe("none");
    expect(understand("no bowel accidents and no problems with wee").facts.bladderChange).toBe(false);
    expect(understand("no me caí ni nada, las dos piernas flojas", { lang: "es" }).facts.legWeakness).toBe(
      "both_legs",
    );
    expect(
      understand("no tengo hormigueo ni nada en las piernas", { lang: "es" }).facts.legPainBothSides,
    ).toBeUndefined();
    expect(understand("no fever or numb bum").facts.saddleNumbness).toBe(false);
    expect(
      understand("no tengo hormigueo en la parte de abajo de la espalda", { lang: "es" }).facts.region,
    ).toBeUndefined();
  });

  it("reads urine passed in the toilet, or a child's wet bed, as no sign", () => {
    expect(understand("I passed urine normally").facts.bladderChange).toBeUndefined();
    expect(
      understand("my son peed in the bed and I hurt my back changing the sheets").facts.bladderChange,
    ).toBeUndefined();
  });

  it("reads a baby moving as the baby's, not the person's mobility", () => {
    expect(understand("34 weeks pregnant, back spasming, baby moving fine").facts.mobility).toBeUndefined();
  });

  it("reads idioms made with 'no', 'without' or 'sin' as no denial", () => {
    expect(understand("without any warning my legs gave way under me").facts.legWeakness).toBe("both_legs");
    expect(understand("with no warning my legs gave way").facts.legWeakness).toBe("both_legs");
    expect(understand("no matter what I do the pain wakes me up every night").facts.restNightPain).toBe(true);
    expect(understand("without realising I wet myself").facts.bladderChange).toBe(true);
    expect(understand("sin querer se me escapó el pis", { lang: "es" }).facts.bladderChange).toBe(true);
    expect(understand("sin darme cuenta se me escapó el pis", { lang: "es" }).facts.bladderChange).toBe(true);
    expect(understand("sin previo aviso me fallaron las piernas", { lang: "es" }).facts.legWeakness).toBe(
      "both_legs",
    );
    expect(understand("not to mention the fever").facts.fever).toBe(true);
    expect(understand("por no hablar de la fiebre", { lang: "es" }).facts.fever).toBe(true);
    expect(understand("sin contar la fiebre, me duele mucho", { lang: "es" }).facts.fever).toBe(true);
    // A list of signs said to be absent is still denied.
    expect(understand("I have no warning signs like numbness").facts.legNumbness).toBe(false);
  });

  it("reads 'no siento / no noto' before a numbness word as a denial of it, not a loss of feeling", () => {
    const tingling = understand("no siento hormigueos en las piernas ni en los pies", { lang: "es" }).facts;
    expect(tingling.legNumbness).toBe(false);
    expect(tingling.legPainBothSides).toBeUndefined();
    expect(
      understand("no siento hormigueo en las piernas ni en el culo", { lang: "es" }).facts.saddleNumbness,
    ).toBe(false);
    expect(
      understand("no noto las piernas mas debiles que antes", { lang: "es" }).facts.legNumbness,
    ).toBeUndefined();
    expect(understand("no noto mejoría", { lang: "es" }).facts).toEqual({});
    expect(understand("no noto nada en las piernas", { lang: "es" }).facts.legNumbness).toBeUndefined();
  });

  it("keeps one no and one yes in the same description", () => {
    const { facts } = understand("no numbness, but I can't feel the paper when I wipe");
    expect(facts.saddleNumbness).toBe(true);
    expect(facts.legNumbness).toBe(false);
  });

  it("does not carry a denial past 'but' into the words after it", () => {
    expect(understand("no tengo dolor en las piernas pero las tengo flojas").facts).toMatchObject({
      legPain: "none",
      legWeakness: "both_legs",
    });
    expect(understand("no me duelen las piernas pero las tengo dormidas").facts).toMatchObject({
      legNumbness: true,
      legPainBothSides: true,
    });
  });

  it("reads 'no erection problems' as a denial, not as 'no erections'", () => {
    expect(understand("no erection problems, no bladder issues").facts).toMatchObject({
      sexualDysfunction: false,
      bladderChange: false,
    });
    expect(understand("no erections since my back went").facts.sexualDysfunction).toBe(true);
  });

  it("reads the denials of everyday words as no", () => {
    expect(understand("I can feel the toilet paper fine").facts.saddleNumbness).toBe(false);
    expect(understand("feeling down there is normal").facts.saddleNumbness).toBe(false);
    expect(understand("going to the toilet normally").facts).toMatchObject({
      bladderChange: false,
      bowelIncontinence: false,
    });
    expect(understand("no me cuesta orinar").facts.bladderChange).toBe(false);
    expect(understand("no se me van las piernas").facts.legWeakness).toBe("none");
  });
});

describe("someone writing for the person", () => {
  it("reads the symptoms said of the relative they write for", () => {
    expect(understand("writing for my dad, he can't pass urine since this morning").facts.bladderChange).toBe(
      true,
    );
    expect(understand("my wife can't feel her bottom when she sits").facts.saddleNumbness).toBe(true);
    expect(understand("writing for my dad, he can't tell when he needs the toilet").facts.bladderChange).toBe(
      true,
    );
    expect(
      understand("hubby's back went on Saturday, now he says he can't tell when he needs a wee").facts
        .bladderChange,
    ).toBe(true);
    const spanish = understand("a mi marido le fallan las piernas y le duele la espalda", { lang: "es" });
    expect(spanish.facts.legWeakness).toBe("both_legs");
  });

  it("still keeps a relative's history and a relative's illness apart from the person's", () => {
    expect(
      understand("My mother had bone cancer. I'm 40, lower back hurts").facts.cancerHistory,
    ).toBeUndefined();
    expect(understand("my mother has a fever, my back hurts").facts.fever).toBeUndefined();
  });
});

describe("no false alarm from everyday words said about something else", () => {
  it.each([
    "I crashed on the sofa after work and woke up with a stiff back",
    "rolled over in bed and my back twinged",
    "I don't pee blood or anything, just sore",
    "no problems with control of my bladder",
    "my knee can't take the stairs because of the pain",
    "a sore spot between my legs from cycling",
    "no siento dolor en las nalgas",
    "no siento mejoria en las nalgas",
    "no puedo mover la pierna sin que me duela la espalda",
    "fui en moto al trabajo y me dolio la espalda",
    "my scan showed a disc bulge in my lower back",
    "I have a history of UTIs but nothing now",
    "when I wipe it feels normal, nothing numb",
    "my back gave way when I lifted the bag",
    "jumped down from the step and landed on my feet, back hurt after",
    "I use a steroid inhaler for asthma",
    "my temperature was normal this morning",
  ])("%s", (text) => {
    expect(understand(text).warningSigns, text).toEqual([]);
  });

  it("keeps numbness of the saddle or the lower back apart from the legs", () => {
    expect(understand("my genitals feel numb and tingly").warningSigns).toEqual(["saddleNumbness"]);
    expect(understand("hormigueo en la parte de abajo de la espalda").facts.saddleNumbness).toBeUndefined();
  });
});

describe("words said of a leg, a leak or a relative keep to what they are about", () => {
  it("reads the side of a leg as no side of the back", () => {
    expect(understand("pain down my left leg").facts.side).toBeUndefined();
    expect(understand("left sided sciatica for 2 weeks").facts.side).toBeUndefined();
    expect(understand("I can't walk on my tiptoes on my right side").facts.side).toBeUndefined();
    expect(understand("my groin has gone numb on both sides").facts.side).toBeUndefined();
    expect(understand("pain on the left side of my lower back").facts.side).toBe("left");
  });

  it("reads weakness getting worse as the weakness, not the course of the back pain", () => {
    const facts = understand("the weakness in my left leg is getting worse").facts;
    expect(facts).toMatchObject({ legWeakness: "one_leg", weaknessWorsening: true });
    expect(facts.course).toBeUndefined();
    const pain = understand("my leg is weak and the pain is getting worse").facts;
    expect(pain.course).toBe("worsening");
    expect(pain.weaknessWorsening).toBeUndefined();
  });

  it("does not count a new leak as a first episode of back pain", () => {
    const facts = understand("I wet myself last night, never happened before").facts;
    expect(facts.bladderChange).toBe(true);
    expect(facts.previousEpisodesSameArea).toBeUndefined();
    expect(understand("back spasm, never had this before").facts.previousEpisodesSameArea).toBe(0);
  });

  it("reads a leak denied in the middle of the phrase as no", () => {
    expect(understand("my bladder is not leaking").facts.bladderChange).toBe(false);
    expect(understand("my bladder isn't leaking at all").facts.bladderChange).toBe(false);
    expect(understand("my bladder keeps leaking").facts.bladderChange).toBe(true);
  });

  it("counts a crash or a fall of the person, never a relative's fall", () => {
    for (const text of ["car hit me", "a car hit me", "got hit by a car", "a lorry hit my car"]) {
      expect(understand(text).facts.onsetTrigger, text).toBe("major_trauma");
    }
    expect(understand("I fell on the ice").facts.onsetTrigger).toBe("minor_trauma");
    expect(understand("my mum fell yesterday").facts.onsetTrigger).toBeUndefined();
    expect(understand("my elderly mum fell down the stairs").facts.onsetTrigger).toBeUndefined();
    expect(understand("my mum had a bad fall and I hurt my back picking her up").facts.onsetTrigger).toBe(
      "strain",
    );
    expect(understand("my wife and I were in a car crash").facts.onsetTrigger).toBe("major_trauma");
  });
});

describe("a denial or an unknowing word inside the phrase", () => {
  it("never reads a leak said with 'never' as present", () => {
    expect(understand("i never leak").facts.bladderChange).not.toBe(true);
  });

  it("reads 'no idea I'd leaked' as a leak, not a denial", () => {
    expect(understand("my pants were damp and I had no idea I'd leaked").facts.bladderChange).toBe(true);
  });

  it("reads a crash seen, not had, as no trauma", () => {
    expect(understand("I saw a nasty car crash on the way to work").facts.onsetTrigger).toBeUndefined();
  });
});

describe("a finding kept apart from what is named next to it", () => {
  it("reads a fever that has gone as no fever", () => {
    expect(understand("I had a fever last week but it's gone now").facts.fever).toBe(false);
  });

  it("keeps numb feet and a numb bum in one sentence both", () => {
    expect(understand("pins and needles in both feet and my bum feels numb on the loo").facts).toMatchObject({
      legNumbness: true,
      saddleNumbness: true,
    });
  });

  it("does not give the person's feet to a relative named before a comma", () => {
    const facts = understand("sore since lifting my grandson, pins and needles in both feet").facts;
    expect(facts.legNumbness).toBe(true);
  });

  it("reads 'I can't tell when I need to go' said of the bowels as no bladder sign", () => {
    expect(
      understand("my bowels have gone funny, I can't tell when I need to go").facts.bladderChange,
    ).toBeUndefined();
  });
});

describe("the cauda equina signs said in families of words", () => {
  const cases: readonly Case[] = [
    // Euphemisms for the genitals, and "hasn't been working" in any tense.
    ["en", "my undercarriage feels kinda numb", "saddleNumbness", true],
    ["en", "my old fella hasn't been working properly", "sexualDysfunction", true],
    ["en", "his todger won't work", "sexualDysfunction", true],
    // Trouble words before an erection.
    ["en", "I'm struggling to get hard since the injury", "sexualDysfunction", true],
    ["en", "having a hard time keeping it up", "sexualDysfunction", true],
    // Medical words and "initiating".
    ["en", "some difficulty initiating micturition", "bladderChange", true],
    ["en", "a diminished sensation in the area of the perineum", "saddleNumbness", true],
    ["en", "the feeling around my back passage has gone a bit funny", "saddleNumbness", true],
    // Not feeling the bowels open.
    ["en", "no sensation at all when I open my bowels", "bowelIncontinence", true],
    ["en", "when I went for a number two I couldn't really feel it coming out", "bowelIncontinence", true],
    // Said of the person cared for: himself, herself.
    ["en", "Dad (74) has been messing himself", "bowelIncontinence", true],
    ["en", "mum has wet herself twice", "bladderChange", true],
    ["en", "she soiled herself in the night", "bowelIncontinence", true],
    // Past forms of wee after an accident; amounts in the plural; minutes to get going.
    ["en", "an accident in my knickers, I didn't even realise I'd weed", "bladderChange", true],
    ["en", "I need a wee constantly but only tiny amounts come out", "bladderChange", true],
    ["en", "went to wee and it took like 5 minutes to get going", "bladderChange", true],
    ["en", "I can't feel myself going to the toilet for a wee", "bladderChange", true],
    // A foot that drops, in any form.
    ["en", "My foot drops when I walk", "legWeakness", "one_leg"],
    ["en", "my left foot keeps dropping", "legWeakness", "one_leg"],
    // Both sides: numb feet, one side then the other.
    ["en", "numb feet and a sore back", "legPainBothSides", true],
    ["en", "the tingling started in my left foot and now it's in my right foot", "legPainBothSides", true],
  ];
  for (const [lang, text, fact, value] of cases) {
    it(`${lang}: "${text}" -> ${fact} ${JSON.stringify(value)}`, () => {
      expect(understand(text, { lang }).facts[fact]).toEqual(value);
    });
  }

  it("never lets an inserted word hide a denial: 'I'm not leaking' is no leak", () => {
    expect(understand("I'm not leaking or anything").facts.bladderChange).toBe(false);
  });

  it("ends a denial at 'and can': 'not leaking and can feel everything down there'", () => {
    expect(understand("I'm not leaking and can feel everything down there").facts).toMatchObject({
      bladderChange: false,
      saddleNumbness: false,
    });
  });

  it("keeps tingling legs when the next item is a numb saddle with its own words", () => {
    expect(understand("his legs are tingling and his balls feel numb").facts).toMatchObject({
      legNumbness: true,
      saddleNumbness: true,
    });
  });

  it("reads feeling nothing down below during sex as sex, not the saddle", () => {
    const facts = understand("sex is different, I barely feel anything down below during it").facts;
    expect(facts.sexualDysfunction).toBe(true);
    expect(facts.saddleNumbness).toBeUndefined();
  });

  it("reads a right leg said to be fine as no second side", () => {
    expect(
      understand("sciatica in my left leg and my right leg is fine").facts.legPainBothSides,
    ).toBeUndefined();
  });

  it("reads tripping as a habit as a weak foot, not a fall", () => {
    const facts = understand("my right foot slaps and i trip on the kerb all the time now").facts;
    expect(facts.onsetTrigger).toBeUndefined();
  });
});

describe("more cauda equina families: similes, troubles, the bowel's own leaks", () => {
  const cases: readonly Case[] = [
    // A simile after the saddle or under the feet.
    ["en", "my bits feel kind of like theyve had an injection at the dentist", "saddleNumbness", true],
    ["en", "my groin feels like it's been injected", "saddleNumbness", true],
    ["en", "My feet feel like I'm walking on cotton wool", "legPainBothSides", true],
    // A numbness that travels to the saddle.
    ["en", "numbness going right the way round from my buttocks to between my legs", "saddleNumbness", true],
    // Needing the loo; "when I try, nothing"; not knowing whether anything comes out.
    ["en", "Can't tell if I need the loo or not anymore", "bladderChange", true],
    ["en", "i need to pee really badly but when i try nothing", "bladderChange", true],
    ["en", "I sit to pee because I can't tell whether anything is coming out", "bladderChange", true],
    ["en", "peeing is odd, it's sort of stop start", "bladderChange", true],
    ["en", "I have to concentrate to empty my bladder and it never feels finished", "bladderChange", true],
    ["en", "she has pee coming out when she doesnt know", "bladderChange", true],
    ["en", "hubby hasnt been able to have a wee since yesterday", "bladderChange", true],
    ["en", "I've had to use a catheter", "bladderChange", true],
    // Trouble controlling; accidents of both kinds; leaks and urges of the bowel.
    ["en", "a lot of trouble controlling my bowels", "bowelIncontinence", true],
    ["en", "keeps having accidents, both wee and poo", "bowelIncontinence", true],
    ["en", "leaking a little poo into my pants without realising", "bowelIncontinence", true],
    ["en", "Have lost the sensation of needing to open my bowels", "bowelIncontinence", true],
    ["en", "i no longer get the urge to poo", "bowelIncontinence", true],
    ["en", "Erections are pretty much non existent", "sexualDysfunction", true],
    // Legs: electric shocks, legs that just go, a leg one cannot lift, stumbling after a leg.
    ["en", "electric shocks down both legs whenever I cough", "legPainBothSides", true],
    ["en", "my legs just go, theres no strength in them", "legWeakness", "both_legs"],
    ["en", "can barely lift my right leg to get into the car", "legWeakness", "one_leg"],
    ["en", "his left leg feels odd and he keeps stumbling", "legWeakness", "one_leg"],
    ["en", "a numb bit on my left butt cheek and the back of my left thigh", "legNumbness", true],
  ];
  for (const [lang, text, fact, value] of cases) {
    it(`${lang}: "${text}" -> ${fact} ${JSON.stringify(value)}`, () => {
      expect(understand(text, { lang }).facts[fact]).toEqual(value);
    });
  }

  it("reads weakness worse as the days go by, not the back's pain", () => {
    expect(
      understand("the weakness in my legs is worse today than it was yesterday").facts.weaknessWorsening,
    ).toBe(true);
    expect(
      understand("my legs are weak and my back is getting worse each day").facts.weaknessWorsening,
    ).toBeUndefined();
  });

  it("reads pain stopping at the knee as above the knee, and normal feeling in the legs as no numbness", () => {
    expect(understand("pain down the back of my right leg stopping at the knee").facts.legPain).toBe(
      "above_knee",
    );
    expect(understand("no weakness, feeling in my legs is normal").facts.legNumbness).toBe(false);
  });

  it("reads a leak of poo as the bowel's, not the bladder's", () => {
    expect(
      understand("leaking a little poo into my pants without realising").facts.bladderChange,
    ).toBeUndefined();
  });

  it("reads a lost urge to open the bowels as no bladder sign", () => {
    expect(
      understand("Have lost the sensation of needing to open my bowels").facts.bladderChange,
    ).toBeUndefined();
  });
});

describe("a third round of cauda equina families", () => {
  const cases: readonly Case[] = [
    ["en", "I feel a kind of deadness in my private area", "saddleNumbness", true],
    ["en", "cant really go when i need to wee", "bladderChange", true],
    ["en", "i cannot feel if i have finished peeing or not", "bladderChange", true],
    ["en", "I sit on the toilet for ages before anything happens", "bladderChange", true],
    ["en", "on the loo it stops and starts", "bladderChange", true],
    ["en", "my knickers were damp and I hadn't felt anything", "bladderChange", true],
    ["en", "It's like my bladder's forgotten how to work", "bladderChange", true],
    ["en", "I have no feeling when my bladder is full", "bladderChange", true],
    ["en", "I'm finding it difficult to start a wee", "bladderChange", true],
    ["en", "I cant tell the difference between needing a wee and needing a poo", "bladderChange", true],
    ["en", "I cant tell the difference between needing a wee and needing a poo", "bowelIncontinence", true],
    ["en", "Bowels: I had an accident on the way to the loo", "bowelIncontinence", true],
    ["en", "constipated and now I cant feel when I need to go for a poo", "bowelIncontinence", true],
    ["en", "I've lost some control of my back passage", "bowelIncontinence", true],
    ["en", "honestly i cant feel much when we're intimate", "sexualDysfunction", true],
    ["en", "my left leg just doesnt want to work properly", "legWeakness", "one_leg"],
    ["en", "my feet keep slapping when I walk", "legWeakness", "both_legs"],
    ["en", "sciatica in the right leg but now it has started in the left as well", "legPainBothSides", true],
    ["en", "Both my calves feel tight and achy", "legPain", "below_knee"],
    ["en", "the pain down my leg stops at my calf", "legPain", "below_knee"],
  ];
  for (const [lang, text, fact, value] of cases) {
    it(`${lang}: "${text}" -> ${fact} ${JSON.stringify(value)}`, () => {
      expect(understand(text, { lang }).facts[fact]).toEqual(value);
    });
  }

  it("reads the constipated who cannot feel a poo coming as no bladder sign", () => {
    const facts = understand("Ive been constipated and now I cant feel when I need to go for a poo").facts;
    expect(facts.bladderChange).toBeUndefined();
  });

  it("reads tingling feet 'since I hurt my back' as no pain below the knee", () => {
    expect(understand("Tingly toes on both feet since I hurt my back").facts.legPain).toBeUndefined();
  });
});
