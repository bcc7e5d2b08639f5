import { type FactId, type FactValue, understand } from "@backtalk/engine";
import { describe, expect, it } from "vitest";

type Case = readonly [text: string, fact: FactId, value: FactValue];

/** Clinical words people copy from a letter or a leaflet, and words of sport and of the road. */
const STATED: readonly Case[] = [
  ["Was incontinent of faeces this morning", "bowelIncontinence", true],
  ["incontinent of stool twice since Friday", "bowelIncontinence", true],
  ["some anal incontinence since the spasm", "bowelIncontinence", true],
  ["he has become doubly incontinent", "bowelIncontinence", true],
  ["he has become doubly incontinent", "bladderChange", true],
  ["incontinent of urine and faeces overnight", "bladderChange", true],
  ["incontinent of urine and faeces overnight", "bowelIncontinence", true],
  ["reduced perineal sensation on the left", "saddleNumbness", true],
  ["perianal sensation is altered", "saddleNumbness", true],
  ["peri-anal numbness since yesterday", "saddleNumbness", true],
  ["acute retention of urine overnight", "bladderChange", true],
  ["my sadle area is numb", "saddleNumbness", true],
  ["my bits feel a bit weird and numb", "saddleNumbness", true],
  ["my groin feels kind of strange and numb", "saddleNumbness", true],
  ["altered sensation in both feet", "legNumbness", true],
  ["altered sensation in both feet", "legPainBothSides", true],
  ["diminished sensation down my left shin", "legNumbness", true],
  ["bilateral sciatica for a month", "legPainBothSides", true],
  ["sciatica on both sides now", "legPainBothSides", true],
  ["can barely lift my left foot", "legWeakness", "one_leg"],
  ["I can hardly raise my toes on the right", "legWeakness", "one_leg"],
  ["my right leg feels dead like it wont hold me up", "legWeakness", "one_leg"],
  ["my legs are shaking and they won't hold me up", "legWeakness", "both_legs"],
  ["rolled the ute on a dirt road this arvo", "onsetTrigger", "major_trauma"],
  ["flipped the 4x4 on the track", "onsetTrigger", "major_trauma"],
  ["the scrum collapsed on him at practice", "onsetTrigger", "major_trauma"],
  ["got speared into the ground at footy", "onsetTrigger", "major_trauma"],
  ["took a big hit at footy on the weekend", "onsetTrigger", "major_trauma"],
  ["fell off the back of the ute", "onsetTrigger", "major_trauma"],
  ["pooped a little without realising", "bowelIncontinence", true],
  ["my vag is numb since the spasm", "saddleNumbness", true],
  ["my ladybits are numb", "saddleNumbness", true],
  ["erections are weaker since the back went", "sexualDysfunction", true],
  ["erections are not as hard as before", "sexualDysfunction", true],
  ["I have ED since this started", "sexualDysfunction", true],
  ["my left leg just isnt working right", "legWeakness", "one_leg"],
  ["both legs aren't working properly", "legWeakness", "both_legs"],
  ["spiking temps at night", "fever", true],
  ["mets to the spine from breast cancer", "cancerHistory", true],
];

/** Their denials: each is a no, never the sign. */
const DENIED: readonly Case[] = [
  ["I'm not incontinent of faeces", "bowelIncontinence", false],
  ["no faecal incontinence", "bowelIncontinence", false],
  ["perineal sensation is normal", "saddleNumbness", false],
  ["perineal sensation intact", "saddleNumbness", false],
  ["no saddle numbness, no retention", "bladderChange", false],
  ["no altered sensation in my legs", "legNumbness", false],
  ["vag feels fine, no leaks", "saddleNumbness", false],
];

/** Near misses: the same words about something else read no sign. */
const NOT_A_SIGN: readonly (readonly [text: string, fact: FactId])[] = [
  ["I can hardly lift my bag since the spasm", "legWeakness"],
  ["my back is so stiff it wont hold me up straight", "legWeakness"],
  ["incontinent of faeces", "bladderChange"],
  ["I get water retention in my ankles", "bladderChange"],
  ["my private health insurance covers physio", "saddleNumbness"],
  ["I pulled faces getting out of the car", "bowelIncontinence"],
  ["we watched the scrum on tv when my back went", "onsetTrigger"],
  ["drove the ute to work and my back seized", "onsetTrigger"],
  ["took a big hit on the stock market this year", "onsetTrigger"],
  ["I smashed my PB at training and felt a twinge", "onsetTrigger"],
  ["messed up my back without realising how heavy it was", "bowelIncontinence"],
  ["went for a beer with Ed since he asked", "sexualDysfunction"],
  ["my leg is fine but the painkillers arent working", "legWeakness"],
];

describe("clinical, sport and road words", () => {
  it.each(STATED)("reads %j as %s", (text, fact, value) => {
    expect(understand(text, { lang: "en" }).facts[fact]).toEqual(value);
  });

  it.each(DENIED)("reads the denial %j as no %s", (text, fact, value) => {
    const understood = understand(text, { lang: "en" });
    expect(understood.facts[fact]).toEqual(value);
    expect(understood.warningSigns).not.toContain(fact);
  });

  it.each(NOT_A_SIGN)("reads no sign in %j (%s)", (text, fact) => {
    expect(understand(text, { lang: "en" }).warningSigns).not.toContain(fact);
  });
});
