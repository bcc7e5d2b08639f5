import { BOWEL_WORD, CANT, DURING_SEX, OWN, SADDLE } from "./lexicon.en.everyday.ts";
import type { LexiconPattern } from "./lexicon.ts";
import { alt, anyOf, near, rx, saidOf, span } from "./lexicon.ts";

// Signs said indirectly in everyday English: by what they do to the day (a slipper that falls off, marks in the
// underwear, leaking when standing up), in words that cover the bladder and the bowel at once ("toilet stuff",
// "accidents"), or in vague words ("feel funny down below"). Built from named parts, like lexicon.en.everyday.ts.

/** The bladder and passing urine, as nouns: "waterworks", "bladder", "peeing". */
const BLADDER = alt`waterworks bladder pee(?:ing)? wee(?:ing)? urin(?:e|ating|ation) piss(?:ing)? passing_(?:water|urine)`;
/** The bowel and opening it, as nouns: "bowels", "pooing", "number twos". */
const BOWEL = alt`bowels? poo(?:ing|s)? poop(?:ing|s)? stools? number_twos? back_passage`;
/** Words that name both at once: "toilet stuff", "loo business", "bathroom habits". */
const TOILET = alt`
  toilet(?:ing)?(?:_(?:stuff|things|business|habits|side|wise|department))? loo(?:_(?:stuff|business|habits))?
  bathroom_(?:stuff|habits|business) continence
`;
/** Said to be normal: "fine", "all good", "working fine". */
const NORMAL = alt`fine normal ok okay good working_(?:fine|normally|ok) as_(?:normal|usual)`;
/** A change or trouble, however it is called: "issues", "probs", "any changes". */
const TROUBLE = alt`problems? issues? probs? troubles? difficult(?:y|ies) changes? concerns?`;
/** What is lost when both fail: "bladder and bowel control". */
const CONTROL = alt`control function`;
/** "bladder or bowels", "bowel and bladder": the two named as a pair. */
const AND_OR = rx`(?: (?:or|and|nor|&) |\s?\/\s?)(?:my |the |his |her )?`;
const BOTH = rx`(?:${BLADDER}${AND_OR}${BOWEL}|${BOWEL}${AND_OR}${BLADDER})`;
/** Losing them: "loss of", "lost", "losing my". */
const LOSS = rx`(?:loss|lost|losing|lose|loses) (?:of )?(?:all |any )?(?:my |the |his |her )?`;
/** Clothes that a leak wets: "his trousers", "my pyjamas". */
const WET_CLOTHES = rx`(?:(?:${alt`my his her their`}) )?${alt`
  trousers pants knickers underwear undies pyjamas pajamas pjs nightie nightdress jeans shorts
`}`;
const UNDERWEAR = alt`knickers pants underwear undies underpants boxers briefs trunks`;
/** Clothes and bedding changed after an accident: "had to change my pants", "changing his sheets". */
// Matched from "change", the rarer word, and checked backwards: cheaper than trying every "had" and "is".
const CHANGED_AFTER = rx`\bchange(?<=\b(?:had|have|has|having|need(?:ed)?|needing|keep|keeps|kept) to change) ${OWN}? ?${alt`
  pants trousers underwear knickers undies boxers briefs sheets bedding bed
`}\b`;
/** A mark a bowel leaves: "skid marks", "stains". */
const MARKS = alt`skid_?marks? marks? stains? streaks? traces? smears?`;
const NOT_FELT = alt`
  (?:didn'?t|did_not|don'?t|doesn'?t|never)_(?:notice|feel|realise|realize|know) without_(?:noticing|feeling|knowing|realising|realizing)
`;
/** Said in a sentence that names which (checked last, so only where the rest matched): "because of poo". */
const WHICH = rx`(?:${BLADDER}|${BOWEL}|pooed|peed|wee'?d)`;
const SAYS_WHICH = rx`(?<!\b${WHICH}\b[^.;!?\n]{0,120})(?![^.;!?\n]{0,60}\b${WHICH}\b)`;
const FOOTWEAR = alt`slippers? shoes? flip_?-?flops? sandals? crocs? sliders? mules? clogs? trainers? sneakers? boots?`;
const FALLS_OFF = rx`${alt`falling falls? fell slipping slips? slipped coming comes? came flying flies flew`} off`;
/** Said vaguely of how a place feels: "funny", "weird", "not right". */
const ODD = alt`odd weird funny strange different off wrong not_right tingly numb dead`;
/** What makes a leak happen: "when I stand up", "every time I cough". */
const LEAK_WHEN = rx`(?:when|whenever|if|every time|as soon as) (?:i|he|she|they) ${alt`
  stand get_up cough sneeze laugh move bend walk lift turn roll sit
`}`;
const LEAK = alt`leak(?:s|ed|ing)? dribbl(?:e|es|ed|ing) wet_(?:myself|himself|herself)`;
/** Not a leak of the bowel or of something else: "leaking poo", "leaking blood". */
const NOT_BOWEL = rx`(?! (?:a (?:little|bit|tiny bit) (?:of )?|some |bits of )?(?:poo|poop|stool|faeces|feces|blood|fluid|oil))`;
/** Who needs to go: "I", "he", "she". */
const WHO = alt`i he she they`;
const NEEDS = alt`need needs have has want wants`;
/** Going for a wee: "go", "pee", "a wee", "the loo". */
const GO = rx`(?:go|pee|wee|urinate|a (?:wee|pee|piss|slash)|the (?:toilet|loo|bathroom))`;
const HAS_BEEN = rx`(?:'ve|'s| have| has| had)?`;
/** A leg or a foot, however many: "my legs", "his left foot". */
const LIMB = rx`(?:(?:${alt`my his her their both the left right`}) )*(?:legs?|foot|feet)`;
const PEE_VERB = alt`pee(?:s|d|ing)? wee(?:s|d|ing)? urinat(?:e|es|ed|ing) piss(?:es|ed|ing)?`;

export const INDIRECT_EN: readonly LexiconPattern[] = [
  // "bladder's fine", "waterworks all good", "wee and poo normal": said to be normal, one or both.
  {
    fact: "bladderChange",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\b${BLADDER}${saidOf(alt`is are feels seems`)}(?:all )?${NORMAL}\b`,
  },
  ...(["bladderChange", "bowelIncontinence"] as const).map(
    (fact): LexiconPattern => ({
      fact,
      value: false,
      negated: null,
      confidence: 0.8,
      re: rx`\b${BLADDER}(?: and | & |, )(?:my )?${BOWEL}(?:'s| is| are)? (?:all )?${NORMAL}\b`,
    }),
  ),
  // "no waterworks issues", "bladder problems", "no probs with my peeing": a trouble named noun first or after.
  {
    fact: "bladderChange",
    confidence: 0.75,
    re: anyOf(
      rx`\b${BLADDER} ${TROUBLE}\b`,
      rx`\b${TROUBLE} (?:with |when |going |passing )?(?:my |his |her )?${BLADDER}\b`,
    ),
  },
  // "loss of bladder and bowel control", "no bladder or bowel problems": both named as a pair.
  ...(["bladderChange", "bowelIncontinence"] as const).map(
    (fact): LexiconPattern => ({
      fact,
      confidence: 0.8,
      re: anyOf(
        rx`\b${LOSS}${BOTH} ${CONTROL}\b`,
        rx`\b${BOTH} ${TROUBLE}\b`,
        rx`\b${TROUBLE} (?:with |when )?(?:my |the )?${BLADDER}${AND_OR}(?:with )?(?:my |the )?${BOWEL}\b`,
        rx`\b${TROUBLE} (?:to|in|with|of) (?:my |the |his |her )?${BOTH}(?: ${alt`habits function control movements`})?\b`,
      ),
    }),
  ),
  // "toilet stuff", "accidents", "had to change my pants": the bladder or the bowel, without saying which, so
  // both are asked (doubt); "no probs with toilet stuff" denies both.
  ...(["bladderChange", "bowelIncontinence"] as const).flatMap((fact): LexiconPattern[] => [
    {
      fact,
      doubt: true,
      confidence: 0.8,
      re: anyOf(
        rx`\b${TOILET} ${TROUBLE}\b`,
        rx`\b${TROUBLE} (?:with |on |going to )?(?:my |the )?${TOILET}\b`,
      ),
    },
    {
      fact,
      value: false,
      negated: null,
      confidence: 0.8,
      re: rx`\b${TOILET}(?:'s| is| are| has been)? (?:all )?(?:fine|normal|ok|okay|good|as normal|as usual)\b`,
    },
    {
      fact,
      doubt: true,
      negated: null,
      re: rx`(?:${anyOf(
        rx`\baccidents\b(?<=\b(?:keeps?|kept|keep on|been|started|starting|is|are|was) (?:having|getting|had) (?:a few |some |the odd |more )?accidents)`,
        rx`${CHANGED_AFTER}`,
      )})${SAYS_WHICH}`,
      // Not another kind of accident; a sentence that says which is read by the bladder's or the bowel's words.
      unless: rx`\b(?:car|road|traffic|work|driving|drive|bike|crash\w*|kitchen|garden)\b`,
    },
  ]),

  // Bladder: "a bit of leaking when I stand up", "dribbling after I go".
  {
    fact: "bladderChange",
    re: anyOf(
      rx`\b(?:a (?:bit|little|touch) of|some|bits of|the odd bit of|occasional) (?:leak(?:ing|age)|dribbl(?:e|ing))\b${NOT_BOWEL}`,
      near(rx`\b${LEAK}${NOT_BOWEL}`, LEAK_WHEN, 3),
      rx`\bdribbl(?:e|es|ed|ing) (?:after|once|when) (?:i|he|she) (?:go|have gone|finish|pee|wee|have been)\b`,
    ),
    // Not a leak of the bowel, or of anything else, said in the same clause.
    unless: rx`\b(?:roof|pipe|tap|oil|gas|radiator|nose|wound|back passage|anus|rectum|bowels?|poo|poop|stool|faeces|feces)\b`,
  },
  // "no warning before I need a wee", "he can't tell if he has been to the loo": the bladder's feeling lost.
  {
    fact: "bladderChange",
    re: anyOf(
      rx`\bno (?:warning|notice|urge|signal) (?:at all |any more |anymore )?(?:before|when|that) ${WHO} ${NEEDS} (?:to )?${GO}\b`,
      rx`\b(?:${CANT}|don'?t|doesn'?t) (?:tell|know|feel|notice|sense) (?:if|whether) ${WHO}${HAS_BEEN} (?:been|gone) to the (?:toilet|loo|bathroom)\b`,
    ),
    unless: rx`\b${BOWEL_WORD}\b`,
  },
  // Bowel: "poo in my pants", "marks in my underwear I didn't notice".
  {
    fact: "bowelIncontinence",
    re: anyOf(
      rx`\b(?:poo|poop|faeces|feces|skid ?marks?) (?:in|on) (?:${OWN} |the )?${UNDERWEAR}\b`,
      rx`\b${MARKS} (?:in|on) (?:${OWN} |the )?${UNDERWEAR}\b${span(40)}\b(?:${BOWEL}|${NOT_FELT})\b`,
    ),
  },
  // "his trousers were wet", "my pyjamas got soaked": wet clothes, not from sweat, rain or a wash.
  {
    fact: "bladderChange",
    re: rx`\b${WET_CLOTHES}(?: ${alt`were was are is got get gets have_been had_been has_been keep_getting keeps_getting`})? ${alt`
      wet soaked damp sodden soggy
    `}\b`,
    unless: rx`\b(?:sweat\w*|rain\w*|shower\w*|swim\w*|bath\w*|wash\w*|spill\w*|puddle|sea)\b`,
  },
  // "can't feel when I'm sitting on the loo whether anything is coming out".
  {
    fact: "bladderChange",
    re: near(
      rx`\b(?:${CANT}|don'?t|didn'?t) (?:feel|tell|sense|know)`,
      rx`(?:whether|if) (?:anything|something|it|any) (?:is |'s )?(?:coming|comes|came) out\b`,
      8,
    ),
  },
  // Urine: "peeing a bit of blood", "blood when I wee".
  {
    fact: "urinarySymptoms",
    re: anyOf(
      near(rx`\b${PEE_VERB}`, rx`blood\b(?! (?:tests?|pressure|sugars?|thinners?|results?|work))`, 4),
      rx`\bblood (?:when|after|as|every time) (?:i|he|she) (?:${PEE_VERB})\b`,
    ),
  },

  // "she can't feel anything when we make love".
  {
    fact: "sexualDysfunction",
    re: near(
      rx`\b(?:${CANT}|don'?t|doesn'?t|barely|hardly) feel (?:anything|much|a thing|nothing)`,
      rx`${DURING_SEX}\b`,
      2,
    ),
  },

  // Legs: a slipper or shoe that falls off is a foot that drops; "gone off her legs" is both legs failing.
  {
    fact: "legWeakness",
    value: "one_leg",
    negated: "none",
    re: anyOf(
      near(rx`\b${FOOTWEAR}`, rx`(?:keeps? |kept |always )?${FALLS_OFF}\b`, 4),
      rx`\b(?:walk(?:s|ed|ing)?|step(?:s|ped|ping)?) (?:right )?out of ${OWN} ${FOOTWEAR}\b`,
      rx`\b(?:can'?t|cannot|couldn'?t) keep ${OWN} ${FOOTWEAR} on\b`,
    ),
  },
  {
    fact: "legWeakness",
    value: "both_legs",
    negated: "none",
    re: rx`\b(?:gone|went|going|goes|go) off ${OWN} legs\b`,
  },
  // "dragging his left foot", said verb first.
  {
    fact: "legWeakness",
    value: "one_leg",
    negated: "none",
    re: rx`\bdrag(?:s|ged|ging)? ${OWN} (?:left |right )?(?:foot|leg)\b`,
  },
  // "my legs feel like they don't belong to me": a limb that feels like someone else's has lost its feeling.
  {
    fact: "legNumbness",
    negated: null,
    re: rx`\b${LIMB} ${alt`feel feels felt feeling`} (?:like|as if|as though) (?:they|it) ${alt`
      don'?t doesn'?t do_not does_not didn'?t
    `} belong to (?:me|him|her|them)\b`,
  },
  // Non-native "I no can feel my leg".
  {
    fact: "legNumbness",
    re: rx`\b(?:no|not) can feel (?:my |the )?(?:left |right )?(?:legs?|foot|feet|toes?)\b`,
  },
  // "nothing down the legs": the pain stays in the back.
  {
    fact: "legPain",
    value: "none",
    negated: null,
    confidence: 0.8,
    re: rx`\bnothing (?:going |goes |shooting |radiating |travel?ling )?(?:down|into) (?:my |the |either |both )?legs?\b`,
  },

  // Saddle: "feel funny down below", "a weird feeling in my groin".
  {
    fact: "saddleNumbness",
    re: anyOf(
      rx`\b(?:feel(?:s|ing)?|felt) ${ODD} (?:in |around |down |round )?(?:${OWN} |the )?${SADDLE}\b`,
      rx`\b${ODD} (?:feeling|sensation)s? (?:in|around|down|round|near|of) (?:${OWN} |the )?${SADDLE}\b`,
    ),
  },
];
