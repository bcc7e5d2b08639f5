import type { LexiconPattern } from "./lexicon.ts";
import { alt, anyOf, gap, near, rx, span, together } from "./lexicon.ts";

// How people say the warning signs in everyday English (UK and US): slang, euphemisms and hedges. Each phrase
// is built from named parts and matched within a window of words (see `near` in lexicon.ts), so "really",
// "a bit" or "in the middle of my" between the parts does not break it, while a denial inside it does.

const NOT_ABLE = alt`can'?t cannot can_not couldn'?t don'?t didn'?t unable_to not_able_to barely hardly`;
const BELLY = alt`stomach belly tummy tum abdomen abdominal gut guts midriff belly_button navel`;
const ACHE = alt`
  pain(?:s|ful)? hurt(?:s|ing)? ach(?:e|es|ing|y) sore tender cramp(?:s|ing|y)? throb(?:s|bing)? pulsing
  pulsating stabbing killing
`;
const ROUND = alt`round around front wraps? through`;
const NUMB = alt`
  numb(?:ness)? tingl(?:e|es|ed|ing|y) dead asleep pins_(?:and|&|n)_needles no_feeling zero_feeling
  (?:lost|losing|less|reduced|no|zero|little)_(?:feeling|sensation)
`;
/** The saddle area in everyday words; "bottom of my back" is the back, not the saddle. */
const SADDLE = alt`
  down_there down_below between_(?:my_|the_)?legs groin genitals? privates private_(?:parts|area|bits) crotch
  bum butt(?:_cheeks)? buttocks? backside bottom(?!_of) arse ass anus perineum taint inner_thighs?
  saddle(?:_area)? bits_(?:i'?d|you)_sit_on bike_saddle vagina penis willy scrotum nether_regions
`;
const LEGS = alt`legs? feet foot toes? thighs? calf calves knees? ankles? shins?`;
const WIPING = alt`(?:toilet_)?paper wip(?:e|es|ing) toilet_tissue when_i_wipe`;
const PEE = alt`pee peeing wee weeing urine urinate urinating piss pissing stream flow bladder waterworks`;
const LEAK = alt`leak(?:ed|ing|s)? dribbl(?:e|ed|es|ing) wet trickl(?:e|ed|ing)`;
const UNNOTICED = alt`
  without_(?:noticing|knowing|realising|realizing|feeling|meaning_to) (?:didn'?t|did_not)_(?:notice|feel|realise|realize|know)
  before_i_(?:knew|noticed|could)
`;
const LITTLE_COMES_OUT = alt`
  hardly_(?:anything|any) barely_(?:anything|any) nothing not_much very_little only_a_(?:little|trickle|dribble)
`;
const PUSH = alt`(?:have|had|need|needing)_to_(?:push|strain|force_it) push(?:ing)?_(?:and_push(?:ing)?)? straining`;
const ODD = alt`odd weird funny strange numb different off wrong`;
const POO = alt`poo poop poos number_two bowel_movement bowels? stool faeces feces`;
const ACCIDENT = alt`accidents? mess messed soiled`;
const FOOT = alt`toes? foot feet ankle`;
const CATCHES = alt`catch(?:es|ing)? caught drag(?:s|ged|ging)? scuff(?:s|ed|ing)? slap(?:s|ping)? flop(?:s|ping)?`;
const HEAVY_HIT = alt`tackled? tackles smashed clattered flattened crunched hit_hard sacked`;

export const EVERYDAY_EN: readonly LexiconPattern[] = [
  // Belly: "a deep ache in the middle of my stomach", "round to the front of my tummy", "my stomach hurts too".
  {
    fact: "abdominalPain",
    re: anyOf(
      together(rx`\b${ACHE}`, rx`${BELLY}\b`, 5),
      near(rx`\b${ROUND}`, rx`${BELLY}\b`, 4),
      rx`\b${ACHE}\b${span(40)}\b(?:and|plus|also|&) (?:also )?(?:my |the )?${BELLY}\b(?! (?:is|feels|are) (?:fine|ok))`,
    ),
  },

  // Saddle area: "can't really feel the paper when I wipe", "numb around my private parts".
  {
    fact: "saddleNumbness",
    re: anyOf(
      near(near(rx`\b${NOT_ABLE}`, rx`feel(?:ing)?`, 2), rx`${WIPING}\b`, 4),
      together(rx`\b${NUMB}`, rx`${SADDLE}\b`, 3, LEGS),
      near(rx`\b(?:no|zero|lost|less|reduced|without) (?:feeling|sensation)`, rx`${WIPING}\b`, 4),
    ),
  },

  // Bladder: "leaked a bit without noticing", "hardly anything comes out, I have to push".
  {
    fact: "bladderChange",
    re: anyOf(
      near(rx`\b${LEAK}`, rx`${UNNOTICED}\b`, 4),
      rx`\b${LITTLE_COMES_OUT} (?:\w+ )?(?:comes?|came|coming) out\b`,
      rx`\b${PEE}\b${span(60)}\b${PUSH}\b`,
      rx`\b${PUSH}\b${span(30)}\b(?:to|when i|for a) (?:pee|wee|urinate|go for a (?:pee|wee))\b`,
      rx`\b(?:weak|slow|poor|thin|feeble) (?:urine |pee |wee )?(?:stream|flow)\b`,
      near(rx`\bbladder`, rx`${ODD}\b`, 3),
      rx`\b(?:can'?t|cannot|couldn'?t|don'?t) (?:tell|feel|sense|know) (?:when|if|whether) (?:it'?s|i'?m|my bladder(?: is)?) full\b`,
      rx`\b(?:can'?t|couldn'?t|didn'?t) (?:tell|feel|notice) (?:that )?i (?:needed|had) to (?:go|pee|wee)\b`,
      rx`\baccidents? (?:with|from) (?:my )?bladder\b`,
      near(rx`\b${NOT_ABLE}`, rx`(?:pee|wee|urinate|pass (?:urine|water)|empty (?:my |the )?bladder)\b`, 2),
      near(rx`\b(?:pee|wee|urine|stream)`, rx`(?:dribbles|dribbling|trickles|trickling)\b`, 2),
      rx`\b(?:have|having|need|needing) to go\b${span(20)}\b(?:nothing|hardly anything|not much) (?:comes|came)\b`,
      rx`\b(?:lost|losing|no) (?:feeling|sensation) when i (?:go to the (?:loo|toilet|bathroom)|pee|wee)\b`,
    ),
  },
  {
    fact: "bladderChange",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\bnothing wrong with (?:my )?(?:waterworks|bladder|peeing)\b|\bwaterworks (?:are |is )?(?:fine|ok|okay|normal)\b`,
  },

  // Bowel: "had an accident (number two)", "can't feel when I'm going to have a bowel movement".
  {
    fact: "bowelIncontinence",
    re: anyOf(
      rx`\b${ACCIDENT} (?:in|with) (?:my )?(?:pants|trousers|underwear|knickers|bowels?)\b`,
      rx`\b(?:soil(?:ed|ing)?|mess(?:ed|ing)?) (?:myself|my (?:pants|trousers|underwear|bed))\b`,
      rx`\b(?:the runs|diarrh(?:o)?ea|poo|poop)\b${span(20)}\b(?:can'?t|cannot|couldn'?t) hold (?:it|it in)\b`,
      near(rx`\b(?:can'?t|cannot|couldn'?t|don'?t|didn'?t) (?:feel|tell|sense|notice)`, rx`${POO}\b`, 6),
      near(rx`\b${POO}`, rx`(?:can'?t|cannot|don'?t) (?:feel|sense) the urge\b`, 4),
    ),
  },
  {
    fact: "bowelIncontinence",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\bbowels? (?:are |is )?(?:working )?(?:normally|fine|ok|okay)\b|\bso (?:are|is) my bowels?\b`,
  },

  // Sexual function: "nothing happens down below", "can't get it up".
  {
    fact: "sexualDysfunction",
    re: anyOf(
      rx`\bnothing (?:happens|happening|works|working|going on|doing) down (?:below|there|stairs)\b`,
      near(rx`\b${NOT_ABLE}`, rx`(?:get|keep) it up|get hard|stay hard|finish|climax|orgasm|ejaculate\b`, 2),
      near(rx`\b${NOT_ABLE} feel (?:anything|much|a thing)`, rx`(?:sex|intercourse|making love)\b`, 3),
      rx`\b(?:no|lost (?:my )?|losing (?:my )?)(?:erections?|morning glory)\b`,
    ),
  },

  // Legs: "toes catching on the carpet" is a weak foot.
  {
    fact: "legWeakness",
    value: "one_leg",
    negated: "none",
    re: anyOf(
      near(rx`\b${FOOT}`, rx`${CATCHES}\b`, 4),
      rx`\b(?:foot ?drop|drop ?foot)\b`,
      near(
        rx`\b${FOOT}`,
        rx`(?:won'?t|doesn'?t|can'?t|will not|does not) (?:lift|come up|go up|pick up)\b`,
        2,
      ),
      rx`\b${NOT_ABLE} (?:stand|walk) on (?:my )?(?:tip ?toes|tippy ?toes|toes|heels?)\b`,
      near(rx`\bknee`, rx`buckl(?:es|ed|ing)|gives? way|gave way|gives? out|gave out\b`, 2),
    ),
  },
  {
    fact: "weaknessWorsening",
    re: rx`\bweaker (?:by the day|every day|each day|and weaker)\b|\b(?:getting|got|growing) weaker\b`,
  },

  // Chest and weight: "tight chest", "lost a stone without trying".
  { fact: "chestSymptoms", re: rx`\b(?:tight|heavy|crushing|painful|sore) chest\b` },
  {
    fact: "weightLoss",
    re: rx`\b(?:lost|dropped) (?:about |almost |over |nearly )?(?:a|half a|a couple of) (?:stone|kilo|few (?:kilos|pounds|kg))\b`,
    unless: rx`\b(?<!(?:without|not|no) )(?:diet(?:ing)?|on purpose|trying to)\b`,
  },

  // Urine: "burning urine", "cloudy pee and it stings".
  {
    fact: "urinarySymptoms",
    re: anyOf(
      rx`\b(?:burning|stinging|painful|bloody|cloudy and smelly) (?:urine|pee|wee|piss)\b`,
      rx`\b(?:pee|urine|wee|piss)\b${span(25)}\b(?:stings?|stinging|burns?|burning)\b`,
    ),
  },

  // Falls and blows: "smashed in a tackle", "over the handlebars", "came off my motorbike".
  {
    fact: "onsetTrigger",
    value: "major_trauma",
    negated: null,
    re: anyOf(
      rx`\b${HEAVY_HIT}\b${span(30)}\b(?:tackle|rugby|football|match|game|scrum|ruck|practice)\b`,
      rx`\b(?:in|from|during) a (?:\w+ )?tackle\b`,
      rx`\bover the (?:handlebars|bars|bonnet|hood)\b`,
      rx`\b(?:came|come|thrown|flung) off (?:my |the |a )?(?:motorbike|motorcycle|bike|bicycle|horse|quad|scooter)\b`,
      rx`\b(?:horse|bull) (?:threw|bucked|throws) me\b`,
      rx`\b(?:fell|fall(?:en)?|jumped) (?:out of|from) (?:a |the |my )?(?:\w+ )?(?:window|floor)\b`,
    ),
  },
];
