import { APPROXIMATELY, CANT, HEIGHT, HEIGHT_UNIT } from "./lexicon.en.everyday.ts";
import { SIGNS_EN } from "./lexicon.en.signs.ts";
import type { Lexicon, LexiconPattern } from "./lexicon.ts";
import { alt, anyOf, pairs, rx, saidBy, span, words } from "./lexicon.ts";
import { numberSource, quantitySource } from "./numbers.ts";

// English words for the person, where it hurts, how it began and how it goes, plus time and cue words.
// Legs, emergency signs and red flags are in lexicon.en.signs.ts. Patterns run on normalised text.
/** A trip said as a habit ("I trip on the kerb all the time") is a weak foot, not how the back began. */
const OFTEN = rx`[^.;!?\n]{0,30}\b(?:all the time|constantly|every day|all day|more and more|more often)\b`;

const NUM = numberSource("en");
const QTY = quantitySource("en");

/**
 * A sign that is only feared, asked about or warned of: "in case I lose bladder control", "they told me to
 * come back if I can't pee", "I read that numbness down there is an emergency". It is asked, not assumed.
 */
const HYPOTHETICAL = rx`\b${alt`
  in_case what_if what_happens_if what_(?:do|should)_i_do_if (?:and_)?if_(?:i|it|he|she)_(?:ever_)?(?:get|gets|start|starts|lose|loses|develop|develops)
  (?:come|go)_back_if (?:go|come)_(?:in|to_(?:a&e|a_&_e|the_er|er|the_hospital|hospital))_if (?:call|ring|phone)_\w+_if
  (?:seek|get)_(?:help|advice|care)_if watch(?:ing)?_(?:out_)?for look(?:ing)?_out_for keep_an_eye_(?:out_)?(?:for|on)
  warned_(?:me_|us_)?(?:about|of) (?:i_)?(?:read|heard|saw)_(?:online_|somewhere_)?that
  (?:should|do|would)_i_(?:worry|be_worried|be_concerned)_(?:about|if)
`}\b`;

const SPORTS = alt`
  yoga pilates golf(?:ing|er)? tennis squash badminton pickleball soccer basketball volleyball baseball
  softball jogging sprint(?:ing)? hiking climbing skiing snowboarding swimming surfing rowing
  kayak(?:ing)? paddl(?:e|ed|ing) crossfit dancing zumba bowling painting_the playing_(?:with|football)
`;
const NO_CAUSE = alt`
  for_no_(?:apparent_|obvious_|particular_)?reason out_of_(?:the_)?(?:nowhere|blue)
  no_(?:apparent_|obvious_|particular_)?(?:reason|cause|trigger)
  (?:woke|wake|waking)_up_(?:like_this|this_way|with_(?:it|this|the_pain|a|pain|back_pain|a_stiff|stiff))
  didn'?t_do_anything(?:_(?:special|unusual|different))? did_nothing_(?:special|unusual|different)
  (?:just_)?came_on_(?:gradually|slowly|by_itself|on_its_own) it_just_came_on no_(?:fall|injury|accident|trauma)
  didn'?t_(?:fall|bang_it|injure_it|do_anything_to_it)
`;
/** "the stairs", "a flight of stairs": a fall down them is a heavy one, unless only a few steps. */
const STAIRS = rx`(?:the |a |some |several |a flight of |\w+ )?(?:stairs|steps|staircase|flight of stairs)`;
const FELL = alt`fell felled falled fall(?:en)? falling tumbled came come slipped thrown flew jumped`;
const OFF = alt`off from out_of down_from`;
const TWISTED = alt`
  twisted bent_(?:over|down) reached_(?:for|up|over) turned_(?:awkwardly|quickly|too_fast) sneezed
  pulled_(?:a|my)_(?:muscle|back) tweaked overdid_it
`;
/** Words of the leg: a side said of them ("left-sided sciatica", "tiptoes on my right side") is not the back's side. */
const LEG_WORD = alt`
  legs? thighs? calf calves shins? foot feet toes? tiptoes ankles? heels? knees? sciatica groin buttocks?
`;
/** A leg, an arm or the head: a side said of them ("numb on the right side of my foot") is not the back's. */
const LIMB_WORD = alt`${LEG_WORD} arms? hands? fingers? thumbs? wrists? elbows? neck face head jaw`;
/** Not a side of a limb: no limb word shortly before it in the clause (unless the back is named between), nor right after. */
const NOT_OF_LEG = rx`(?<!\b${LIMB_WORD}\b(?:(?!\b(?:back|spine)\b)[^,.;!?\n]){0,45})`;
const NOT_LEG_AFTER = rx`(?!(?:[- ](?:hand )?side| part)?(?: of)?(?: my| the)? ${LIMB_WORD}\b)`;
/** Not said of a leg or bladder symptom named just before ("the numbness in my foot is getting worse"). */
const NOT_OF_ANOTHER_SYMPTOM = rx`(?<!\b${alt`
  weak(?:ness|er)? numb(?:ness)? tingl\w* pins_and_needles leak\w* dribbl\w* foot_?drop
`}\b(?:(?!\b(?:pain|back|spasms?|and|but)\b)[^.;,!?\n]){0,30})`;
/** Not said of a warning sign or an illness named shortly before in the sentence. */
const NOT_OF_A_SIGN = rx`(?<!\b${alt`
  leak\w* wet\w* pee\w* peed wee\w* piss\w* soil\w* accidents? bladder bowels? poo\w* incontinen\w* numb\w* tingl\w*
  weak\w* fever\w* sweats? cancer tumou?r lump bump erections? sex
`}\b[^.;!?\n]{0,60})`;
/** Said before a relative: "my elderly mum", "my little boy's". */
const KIN_ADJECTIVE = alt`elderly old late poor little older younger big eldest oldest youngest step \d+_?(?:yo|y\/o)`;
const RELATIVE = alt`
  mom mum mother dad father parents? sister brother siblings? wife husband partner son daughter kids? child
  hubby wifey missus other_half fianc[eé]e? mate pal buddy colleague flatmate roommate housemate grandad granddad
  gran nan nana granny grandson granddaughter grandchild(?:ren)?
  children aunt uncle cousin grandma grandmother grandpa grandfather grandparents? friend boyfriend
  girlfriend neighbou?r family relatives?
`;

/** "Landed flat on my back" is a fall (read with the falls), not a person stuck in bed. */
const NOT_A_FALL = rx`(?<!\b(?:landed|land|lands|fell|falling|thrown|knocked|dropped|slipped) (?:\w+ )?)`;

/** A unit after a number that makes it a weight, a time or a temperature, not an age. */
const NOT_YEARS = rx`\s*(?:\/|%|kgs?|kilos?|lbs?|pounds|stone|cm|ft|feet|inches|degrees|°|[.,]\d|days?|weeks?|months?|hours?|minutes?|times|out of)`;
/** "My dad, who's 91", "Mum (79)", "he is 84 this year": a relative's age, followed by no unit. */
const RELATIVES_AGE = rx`(?:,? who(?:'s| is)|'s| is| was| turned| turns| will be|,| \(|\()(?: now| just| nearly| almost)? ?(?<n>\d{2,3})\b(?!${NOT_YEARS})`;

/**
 * Words after "no", "not", "without" that make an idiom, not a denial: "not only", "without any warning my legs
 * gave way", "no matter what I do", "for no reason", "without realising I'd wet myself", "no joke".
 */
const NOT_A_DENIAL = rx`(?:(?:any|prior|real|apparent|good) )?${alt`
  only just to_mention idea warning(?!_signs?) matter reason(?:s)? cause clue doubt joke kidding lie exaggeration
  (?:even_)?(?:knowing|realising|realizing|noticing|meaning_to|thinking|feeling_it_coming)
`}`;

/** Something else that moves: "baby moving fine", "bowels moving". */
const NOT_THE_PERSONS = rx`(?<!\b(?:baby|babies|bowels?|things|stool) (?:is |are )?)`;

const PATTERNS: readonly LexiconPattern[] = [
  // About the person.
  {
    fact: "age",
    range: [12, 110],
    re: rx`\b(?:i'?m|i am|im|aged?|age:?(?: is)?)\s+(?<n>${NUM})(?:\s*(?:years?|yrs?)(?:[- ]old)?)?\b(?!\s*${alt`
      \/ out_of of\b % kg kgs kilos? lbs? pounds stone cm ft feet foot inches days? weeks? months? hours?
      minutes? times percent in_pain
    `})`,
    read: "number",
    confidence: 0.85,
  },
  {
    fact: "age",
    range: [12, 110],
    re: rx`\b(?<n>${NUM})\s*-?\s*(?:yo|y\/o|y\.o\.?|yrs?[- ]old|years?[- ]old|yr[- ]old|yoa)\b`,
    read: "number",
  },
  {
    fact: "age",
    range: [12, 110],
    re: rx`\b(?<n>\d{2,3})[ ,-]*(?:male|female|man|woman|guy|lady|gentleman|gal|dude|bloke)\b`,
    read: "number",
    confidence: 0.85,
  },
  {
    fact: "age",
    range: [12, 110],
    re: rx`(?:^|[,.;:(]\s*|\b(?:i'?m|i am|im|age|aged)\s+)(?<n>\d{2}),?\s*[mf]\b`,
    read: "number",
    confidence: 0.85,
  },
  {
    fact: "age",
    range: [12, 110],
    re: rx`\b(?:man|woman|male|female|guy|lady|gentleman),?\s+(?:aged?\s+)?(?<n>\d{2,3})\b(?!\s*(?:\/|%|kg|lbs|days?|weeks?|months?|years? ago))`,
    read: "number",
    confidence: 0.8,
  },
  { fact: "age", range: [12, 110], re: rx`\bturned (?<n>${NUM})\b`, read: "number", confidence: 0.8 },
  {
    fact: "age",
    range: [12, 110],
    // "I (52) hurt my back", "me (67M)": the person's own age in brackets; "F, 52," opening a post.
    re: anyOf(
      rx`\b(?:i|me|myself)\s*\((?<n>\d{2,3})\s*(?:[mf]|yo|y\/o|yrs?)?\)`,
      rx`^\s*[mf],?\s+(?<n2>\d{2,3})\b(?!${NOT_YEARS})`,
    ),
    read: "number",
    confidence: 0.85,
  },
  {
    fact: "age",
    range: [12, 110],
    // "my mother in law, 90", and "hes 71" typed without its apostrophe.
    re: anyOf(
      rx`\b(?:(?:my |our )?${RELATIVE}(?:[- ]in[- ]law)?|he|she)${RELATIVES_AGE}`,
      rx`\b(?:he|she)s (?<n2>\d{2,3})\b(?!${NOT_YEARS})`,
    ),
    read: "number",
    confidence: 0.8,
    ofRelative: true,
  },
  // Opening a description with a number and a comma introduces the person: "45, bus driver".
  { fact: "age", range: [12, 110], re: rx`^\s*(?<n>\d{2}),\s+(?=[a-z])`, read: "number", confidence: 0.75 },
  {
    fact: "sex",
    re: rx`\b(?:i'?m|i am|im|as) (?:a |an )?(?:\d{2,3}[- ]?(?:years?[- ]old |yo |y\/o )?)?${alt`
      man guy male gentleman dude bloke dad father grandpa grandfather
    `}\b`,
    value: "male",
  },
  {
    fact: "sex",
    re: rx`\b(?:i'?m|i am|im|as) (?:a |an )?(?:\d{2,3}[- ]?(?:years?[- ]old |yo |y\/o )?)?(?:woman|lady|female|girl|gal|mom|mum|mother|grandma|grandmother)\b`,
    value: "female",
  },
  {
    fact: "sex",
    re: rx`\b\d{2,3}[ ,-]*(?:(?:years?[- ]old|yo|y\/o|yrs? old) )?(?:male|man|guy|gentleman|dude|bloke)\b`,
    value: "male",
  },
  {
    fact: "sex",
    re: rx`\b\d{2,3}[ ,-]*(?:(?:years?[- ]old|yo|y\/o|yrs? old) )?(?:female|woman|lady|gal|girl)\b`,
    value: "female",
  },
  {
    fact: "sex",
    // "52M", "(52, f)", and a post opening "M, 52" or "f 45".
    re: anyOf(
      rx`(?:^|[,.;:(]\s*|\b(?:i'?m|i am|im|age|aged)\s+)\d{2},?\s*m\b`,
      rx`^\s*m,?\s+\d{2,3}\b(?!${NOT_YEARS})`,
    ),
    value: "male",
    confidence: 0.85,
  },
  {
    fact: "sex",
    re: anyOf(
      rx`(?:^|[,.;:(]\s*|\b(?:i'?m|i am|im|age|aged)\s+)\d{2},?\s*f\b`,
      rx`^\s*f,?\s+\d{2,3}\b(?!${NOT_YEARS})`,
    ),
    value: "female",
    confidence: 0.85,
  },
  { fact: "sex", re: rx`(?:^|[.;]\s*)(?:male|man)\b(?=\s*[,.\d])`, value: "male", confidence: 0.8 },
  { fact: "sex", re: rx`(?:^|[.;]\s*)(?:female|woman)\b(?=\s*[,.\d])`, value: "female", confidence: 0.8 },
  {
    fact: "pregnant",
    re: rx`\b(?:pregnant|expecting a baby|expecting twins|weeks along)\b`,
    unless: rx`\b(?:my|our|his|her) (?:wife|partner|girlfriend|sister|daughter|friend)\b`,
  },

  // Where: regions and sides.
  {
    fact: "region",
    value: ["lower_back"],
    re: rx`\blow(?:er)?(?:\s*(?:and|&|,|\/|or|to)\s*(?:mid(?:dle)?|upper))*\s*-?\s*(?:(?:left|right)\s+)?(?:back|spine)\b`,
    negated: null,
  },
  {
    fact: "region",
    value: ["lower_back"],
    re: rx`\b(?:lumbar|lumbago|small of (?:my |the )?back|bottom of (?:my |the )?(?:back|spine)|lower part of (?:my |the )?back|lbp)\b`,
    negated: null,
  },
  {
    fact: "region",
    value: ["mid_back"],
    re: rx`\bmid(?:dle)?(?:\s*(?:and|&|,|\/|or|to)\s*(?:low(?:er)?|upper))*\s*-?\s*(?:(?:left|right)\s+)?(?:back|spine)\b`,
    negated: null,
  },
  {
    fact: "region",
    value: ["mid_back"],
    re: rx`\b(?:thoracic|middle of (?:my |the )?back|(?:middle|mid) part of (?:my |the )?back|bra (?:line|strap)|below (?:my |the )?shoulder ?blades?)\b`,
    negated: null,
    confidence: 0.8,
  },
  {
    fact: "region",
    value: ["upper_back"],
    re: rx`\bupper(?:\s*(?:and|&|,|\/|or|to)\s*(?:mid(?:dle)?|low(?:er)?))*\s*-?\s*(?:(?:left|right)\s+)?(?:back|spine)\b`,
    negated: null,
  },
  {
    fact: "region",
    value: ["upper_back"],
    re: rx`\b${alt`
      between_(?:my_|the_)?shoulder_?blades (?:upper|top)_part_of_(?:my_|the_)?back
      (?<!below_(?:my_|the_)?)shoulder_?blades? top_of_(?:my_|the_)?back scapula rhomboids?
    `}\b`,
    negated: null,
    confidence: 0.85,
  },
  {
    fact: "side",
    value: "left",
    re: rx`${NOT_OF_LEG}\b${alt`
      (?:left|lt)[-_](?:hand[-_])?sided? on_the_left left_(?:lower_|upper_|mid(?:dle)?_|low_)?back
      (?:lower|upper|mid(?:dle)?|low)_left\b(?=_?(?:back|side|part|of|$|[,.])) left_of_(?:my_|the_)?spine
    `}\b${NOT_LEG_AFTER}`,
    negated: null,
  },
  {
    fact: "side",
    value: "right",
    re: rx`${NOT_OF_LEG}\b${alt`
      (?:right|rt)[-_](?:hand[-_])?sided? on_the_right right_(?:lower_|upper_|mid(?:dle)?_|low_)?back
      (?:lower|upper|mid(?:dle)?|low)_right\b(?=_?(?:back|side|part|of|$|[,.])) right_of_(?:my_|the_)?spine
    `}\b${NOT_LEG_AFTER}`,
    negated: null,
  },
  {
    fact: "side",
    value: "both",
    re: rx`${NOT_OF_LEG}\b(?:(?:on )?both sides|bilateral(?:ly)?|each side|either side)\b${NOT_LEG_AFTER}`,
    negated: null,
  },
  {
    fact: "side",
    value: "center",
    re: rx`\b(?:cent(?:er|re)(?:d|al)?|down the middle|midline|right (?:on|over) (?:my |the )?spine|in the middle of (?:my |the )?(?:lower|upper) back)\b`,
    negated: null,
    confidence: 0.8,
  },

  {
    fact: "region",
    value: ["lower_back"],
    negated: null,
    confidence: 0.7,
    re: rx`(?:^|[,.;:]\s*)(?:lower|low)(?=\s*(?:[,.;]|$))`,
  },
  {
    fact: "side",
    value: "left",
    negated: null,
    confidence: 0.75,
    re: rx`(?:^|[,.;:]\s*)left(?: side)?(?=\s*(?:[,.;]|$))`,
  },
  {
    fact: "side",
    value: "right",
    negated: null,
    confidence: 0.75,
    re: rx`(?:^|[,.;:]\s*)right(?: side)?(?=\s*(?:[,.;]|$))(?!,\s*(?:so|ok|okay|well|then|now|here|this|basically|i)\b)`,
  },

  // How bad, how it moves, how it began, how it goes.
  {
    fact: "painScore",
    re: rx`\b(?:\d{1,2}\s*(?:-|to|or)\s*)?(?<n>${NUM})\s*(?:\/|out of|outta|of)\s*(?:10|ten)\b`,
    read: "number",
  },
  { fact: "painScore", re: rx`\b(?<n>${NUM}) on (?:a|the) (?:pain )?scale\b`, read: "number" },
  {
    fact: "mobility",
    value: "severely_limited",
    re: rx`\b(?:can(?:'?t|not| not)? (?:barely|hardly)|barely (?:able to )?|hardly) (?:move|walk|stand|get up|get out of bed|sit up)\b`,
  },
  {
    fact: "mobility",
    value: "severely_limited",
    re: rx`\b${CANT} (?:even )?${alt`
      move walk get_(?:out_of|up_from|off)_(?:the_|my_)?(?:bed|floor|couch|sofa|chair) get_up stand_up
      stand
    `}\b(?! (?:up )?straight| for long| long| far| very far| properly| normally| on (?:my |the )?(?:heels?|toes|tip-?toes))`,
  },
  {
    fact: "mobility",
    value: "severely_limited",
    re: rx`\b${alt`
      stuck_(?:in_bed|on_the_floor|on_the_couch|lying) bed-?(?:bound|ridden)
      crawl(?:ed|ing)?_(?:to|around|on) had_to_crawl can'?t_move_at_all ${NOT_A_FALL}flat_on_my_back lying_on_the_floor
    `}\b`,
    confidence: 0.8,
  },
  {
    fact: "mobility",
    value: "limited",
    re: anyOf(
      rx`\bcan(?:'?t| not|not)? (?:barely|hardly) (?:get|put) (?:my )?(?:socks|shoes|pants|trousers)(?: on)?\b`,
      rx`\b${CANT} (?:really |even |quite |properly )?${alt`
        stand_(?:up_)?straight straighten(?:_up)? bend(?:_over|_down)? twist turn sit_(?:for_long|down)
        tie_my_shoes put_(?:on_)?(?:my_)?socks(?:_on)? walk_(?:far|for_long|properly|normally|very_far)
        stand_for_long lift_anything move_(?:much|well|very_well|properly)
      `}\b`,
    ),
  },
  {
    fact: "mobility",
    value: "limited",
    re: rx`\b(?:hard|difficult|painful|tough|struggl(?:e|es|ing)) (?:to )?(?:move|walk|bend|stand|get up|sit|turn|straighten|get around|get dressed)\b`,
  },
  {
    fact: "mobility",
    value: "limited",
    re: anyOf(
      rx`\b(?:moving|walking|shuffling|getting around) (?:very |really |so )?${alt`
        slowly slow carefully gingerly stiffly hunched bent_over like_an_old_(?:man|woman|lady)
      `}\b`,
      rx`\b${alt`
        hunched(?:_over)? limping stiff_as_a_board walking_is_(?:hard|difficult|painful)
        (?:limited|restricted|reduced)_(?:movement|mobility|range_of_motion)
      `}\b`,
    ),
  },
  {
    fact: "mobility",
    value: "normal",
    re: anyOf(
      rx`\b${NOT_THE_PERSONS}(?:moving|walking|getting around|mobility(?: is)?|(?:i )?can (?:move|walk))(?: around)? ${alt`
        fine ok okay normally normal well alright all_right
        without_(?:any_)?(?:problems?|trouble|difficulty)
      `}\b`,
      rx`\bfully mobile\b`,
    ),
    negated: null,
  },
  {
    fact: "onsetTrigger",
    value: "major_trauma",
    negated: null,
    re: rx`\b${alt`
      (?:car|auto|traffic|road|motorcycle|motorbike|motor_?bike|bike|bicycle|scooter|truck|bus)_(?:accident|crash|wreck|collision)
      crashed_(?:my_|the_)?(?:car|bike|motorcycle) rear[-_]?ended t-?boned fender_bender prang(?:ed)? bingle mva mvc rta rtc
      head-?on_collision collision
      (?:hit|struck|knocked_(?:over|down))_by_(?:an?_)?(?:car|truck|van|bus|vehicle|motorcycle)
    `}\b`,
    // A crash seen, or long ago, is not this back's.
    unless: rx`\b${QTY} (?:years?|yrs?) ago\b|\b(?:saw|seen|see|witness(?:ed)?|watch(?:ed|ing)?) (?:a |the )?(?:\w+ )?(?:\w+ )?(?:crash|accident|collision)`,
  },
  {
    fact: "onsetTrigger",
    value: "major_trauma",
    negated: null,
    re: rx`\b${FELL} ${OFF} (?:(?:a|the|my|our|his|her|some)\s)?(?:\w+\s)?${alt`
      ladder roof scaffold(?:ing)? tree horse wall trampoline balcony loft attic bunk(?:_bed)? stepladder
      step_ladder truck platform height first_floor second_floor building cliff bike bicycle motorbike
      motorcycle
    `}\b`,
  },
  {
    fact: "onsetTrigger",
    value: "major_trauma",
    negated: null,
    re: anyOf(
      rx`\b(?:fell|fall(?:en)?|falling|tumbled|felt) down (?:the |a |some |several |\w+ ){0,3}(?:flight of )?(?:stairs|steps|staircase)\b`,
      rx`\bslipped down ${STAIRS}\b(?!${span(25)}\b(?:just|only) a (?:few|couple))`,
      rx`\b(?:fell|fall) (?:from )?(?:${APPROXIMATELY} ?)?${HEIGHT} ?${HEIGHT_UNIT}\b`,
      rx`\bfall from (?:a )?height\b`,
    ),
  },
  {
    fact: "onsetTrigger",
    value: "major_trauma",
    negated: null,
    re: rx`\b(?:tackled|body ?slammed|bucked off|thrown off|heavy blow|kicked in the back|struck in the back|hit (?:hard )?in the back|rugby tackle)\b`,
  },
  {
    fact: "onsetTrigger",
    value: "minor_trauma",
    negated: null,
    re: rx`\b(?<!(?:keep|keeps|kept|always|often|car|road|day|long|school|work|business) )${alt`
      slipped slip slipping tripped trip(?!_(?:to|away|abroad|home)) tripping stumbled
    `}\b(?! (?:disc|disk)| over my (?:own )?(?:foot|feet|toes)|${OFTEN})`,
  },
  {
    fact: "onsetTrigger",
    value: "minor_trauma",
    negated: null,
    confidence: 0.8,
    re: anyOf(
      rx`\b(?<!(?:nearly|almost|didn'?t|never|keep|keeps|kept) )(?:fell|fall|fallen|falling)\b(?! asleep| apart| off (?:me|my (?:hips|waist|body)))`,
      rx`\blanded (?:hard |badly |awkwardly |heavily |flat |square |right |straight )?on (?:my )?(?:butt|backside|bum|back|tailbone|bottom|coccyx)\b`,
      rx`\b(?:bumped (?:my back|into)|banged my back)\b`,
      rx`\b(?:sat|landed|came|went) down (?:really |very |so |too |way too |pretty |quite |super )?hard\b`,
      rx`\b(?:took|had) a (?:\w+ )?(?:tumble|spill|fall)\b`,
    ),
  },
  {
    fact: "onsetTrigger",
    value: "strain",
    negated: null,
    re: rx`\b(?:(?<!(?:${CANT}|not|(?:hard|difficult|painful|able) to) )(?:lifted|picked up|carried|lugged|hauled|hoisted)|(?<!${alt`
      ${CANT} not (?:hard|difficult|painful|able)_to when when_i when_i'm if if_i while_i'm
    `} )(?:lift(?:ing)?|pick(?:ing)? up|carry(?:ing)?|lugging|hauling|hoisting))\b(?! (?:my |the )?(?:left |right )?(?:foot|feet|toes?|legs?|knee)\b)`,
  },
  {
    fact: "onsetTrigger",
    value: "strain",
    negated: null,
    re: anyOf(
      rx`\b(?:mov(?:e|ed|ing)|push(?:ed|ing)|pull(?:ed|ing)|shift(?:ed|ing)) (?:a |the |some |my |our |an )?(?:\w+ )?${alt`
        couch sofa furniture boxes box fridge bed mattress wardrobe table desk piano dresser
        washing_machine house apartment flat tv television car
      `}\b`,
      rx`\bhelped (?:\w+ ){0,3}move\b`,
      rx`\b(?:pick(?:ed|ing)?|lift(?:ed|ing)?|help(?:ed|ing)?|haul(?:ed|ing)?) (?:him|her|them) (?:up|out|in)\b`,
      rx`\bmoving (?:house|day)\b`,
    ),
  },
  {
    fact: "onsetTrigger",
    value: "strain",
    negated: null,
    re: rx`\b(?:(?<!(?:${CANT}|not) )${TWISTED}|(?<!(?:${CANT}|not|when i|if i) )${alt`
      twisting bending_(?:over|down) reaching_(?:for|up|over) turning_(?:awkwardly|quickly|too_fast)
      sneez(?:e|ing) awkward(?:ly)?_(?:movement|twist|lift)
    `})\b`,
    // A cough or sneeze that makes urine leak says how the bladder behaves, not how the back was hurt.
    unless: rx`\b(?:pee|peed|wee|weed|urine|wet (?:myself|my)|leak\w*|dribbl\w*|piss\w*)\b`,
  },
  {
    fact: "onsetTrigger",
    value: "strain",
    negated: null,
    re: rx`\b${alt`
      shovel(?:l?ed|l?ing)? digging gardening weeding raking vacuum(?:ed|ing) hoover(?:ed|ing) mopping deadlifts?
      deadlifting squats squatting work(?:ed|ing)_out at_the_gym gym_session lifting_weights
      changing_a_(?:tire|tyre) tying_my_shoes
    `}\b`,
  },
  // "A lump the size of a golf ball", "tennis elbow" name no sport played.
  saidBy("onsetTrigger", "strain", rx`${SPORTS}(?!\s+(?:balls?|elbow)\b)`, 0.75),
  // "lost weight for no reason" says why the weight went, not how the back pain began.
  {
    ...saidBy("onsetTrigger", "none", NO_CAUSE, 0.8),
    unless: rx`\b(?:weight|pounds|lbs|kg|kilos?|stones?|fever|sweats?)\b`,
  },
  {
    fact: "course",
    value: "improving",
    negated: null,
    re: anyOf(
      rx`\b${alt`
        getting got feeling feels? a_(?:bit|little|lot) much slightly somewhat already slowly gradually
        little
      `} better\b(?! (?:when|with|if|after|lying|sitting|once|while|in the|at night|than i expected))`,
      rx`\bimprov(?:ing|ed|es)\b(?! (?:with|when|after|if|once))`,
      rx`\b${alt`
        easing(?:_off|_up)? eased_(?:off|up) settling_down calming_down on_the_mend
        less_(?:painful|sore|intense) not_as_(?:bad|painful|sore) better_(?:each|every)_day
        better_than_(?:yesterday|before|it_was) better_today
      `}\b`,
    ),
  },
  {
    fact: "course",
    value: "worsening",
    negated: null,
    // "the weakness is getting worse" is weaknessWorsening, not the course of the back pain.
    re: rx`${NOT_OF_ANOTHER_SYMPTOM}(?:${anyOf(
      rx`\b${alt`
        getting got gets keeps_getting progressively gradually slowly much way even steadily
      `} worse\b(?! (?:when|with|if|after|at night|in the morning|lying|sitting|bending|standing|walking))`,
      rx`\bworse (?:and worse|every day|each day|by the day|than (?:yesterday|before|last week|it was|(?:\w+ ){1,3}ago)|today)\b`,
      rx`\b(?:worsening|deteriorating)\b`,
      rx`\b(?:pain|it|back) (?:is|'s|got|has got(?:ten)?) (?:much |way |a lot |even )?worse\b(?! ${alt`
        when with if at_night in_the lying sitting bending standing walking
      `})`,
      rx`\bworse (?:back )?pain\b`,
    )})`,
  },
  {
    fact: "course",
    value: "unchanged",
    negated: null,
    confidence: 0.85,
    re: anyOf(
      // "getting worse, not better" is worse, not unchanged.
      rx`(?<!\bworse,?\s(?:and\s|but\s)?)\b${alt`
        not isn'?t hasn'?t is_not has_not no not_really isn'?t_really hasn'?t_really never
      `} (?:been )?(?:getting |got |gotten )?(?:any |much )?(?:better|improving|improved|easing)\b`,
      rx`\b(?:about|pretty much|still|exactly|basically|more or less) the same\b`,
      rx`\b${alt`
        no_change hasn'?t_changed not_changed nothing(?:'s|_has)?_changed (?:stayed|staying|stays?)_(?:about_)?the_same
        unchanged no_improvement no_different
        same_as_(?:before|yesterday|day_one|when_it_started|the_first_day) stays?_the_same
        neither_better_nor_worse not_(?:any_)?better_(?:or|nor)_worse not_better_either
      `}\b`,
    ),
  },
  {
    fact: "previousEpisodesSameArea",
    read: "ordinal",
    negated: null,
    re: rx`\b(?<n>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th) (?:time|episode|one|spasm|attack|flare)\b`,
    unless: anyOf(
      rx`\bin (?:the )?(?:last |past )?(?:\d+|two|three|four|five|several|many|a few) years\b`,
      rx`\bfirst time (?:i'?ve|i have) (?:had|felt|noticed) (?:numb|tingl|leg|any)`,
    ),
  },
  {
    fact: "previousEpisodesSameArea",
    value: 0,
    negated: null,
    // "wet myself, never happened before" and "never had it" of a relative's cancer are not about the back.
    re: rx`${NOT_OF_A_SIGN}\b${alt`
      never_(?:had|experienced|felt)_(?:this|it|anything_like_(?:this|it)|back_(?:pain|problems|spasms?|issues))(?:_before)?
      never_happened_(?:to_me_)?before nothing_like_this_before first_time_ever
    `}\b`,
  },
  {
    fact: "previousEpisodesSameArea",
    read: "count",
    negated: null,
    confidence: 0.8,
    re: anyOf(
      rx`\b(?<n>once|twice|one time|two times|three times|\d+ times) before\b`,
      rx`\b(?:had|have had|been) (?<n2>one|two|three|four|\d+) (?:episodes?|spasms?|attacks?|flare-?ups?)(?: like (?:this|it))? before\b`,
    ),
  },
  {
    fact: "selfCareDays",
    value: 0,
    negated: null,
    re: rx`\b(?:haven'?t|have not|didn'?t|did not|not) (?:yet )?(?:tried|done|taken) anything(?: yet)?\b`,
  },

  ...SIGNS_EN,
];

const UNITS = [
  [rx`days?|nights?`, 1],
  [rx`weeks?|wks?`, 7],
  [rx`fortnights?`, 14],
  [rx`months?|mos?`, 30],
  [rx`years?|yrs?`, 365],
  [rx`hours?|hrs?`, 1 / 24],
  [rx`minutes?|mins?`, 0],
] as const;
const UNIT = UNITS.map(([word]) => word).join("|");
const LONG = rx`days?|nights?|weeks?|wks?|fortnights?|months?|mos?|years?|yrs?`;
const WEEKDAYS = [
  [rx`sundays?|sun`, 0],
  [rx`mondays?|mon`, 1],
  [rx`tuesdays?|tues?`, 2],
  [rx`wednesdays?|wed`, 3],
  [rx`thursdays?|thurs?|thu`, 4],
  [rx`fridays?|fri`, 5],
  [rx`saturdays?|sat`, 6],
] as const;
const WEEKDAY = WEEKDAYS.map(([word]) => word).join("|");
/** Short forms that are also words ("sat down hard", "in the sun", "c'mon"): a weekday only after a time word. */
const WORDLIKE_WEEKDAY = rx`(?:sat|sun|mon|wed)\b`;
const BARE_WEEKDAY = rx`(?!${WORDLIKE_WEEKDAY})(?:${WEEKDAY})`;
/** "Since sat down", "on sat on the floor": the verb, not the day. */
const NOT_A_VERB = rx`(?!(?<=\bsat) (?:down|up|on|in|at|back|there|still|awkwardly|wrong|funny|badly|for)\b)`;
const ABOUT = rx`(?:(?:about|around|almost|nearly|over|roughly|like|maybe|more than|just over|a good|the last|the past|past|last)\s+)*`;

export const EN: Lexicon = {
  lang: "en",
  patterns: PATTERNS,
  time: {
    units: UNITS,
    weekdays: WEEKDAYS,
    patterns: [
      {
        re: rx`\b(?<n>${QTY})\s*(?:and a half\s+)?(?<unit>${UNIT})(?:\s+and a half)?\s+(?:ago|back)\b`,
        priority: 3,
      },
      {
        re: rx`\b(?:on |since )?(?:the )?(?<weekday>${WEEKDAY})\b(?: of)? (?<lastWeek>last week|the week before)\b`,
        priority: 3.5,
      },
      {
        re: rx`\b(?<lastWeek>last week),? on (?:the |a )?(?<weekday>${WEEKDAY})\b${NOT_A_VERB}`,
        priority: 3.5,
      },
      {
        re: rx`\bsince (?:(?<previous>last) |this (?:past )?)?(?<weekday>${WEEKDAY})\b${NOT_A_VERB}`,
        priority: 3,
      },
      {
        re: rx`\b(?:on|(?<previous>last)|this past|this) (?<weekday>${WEEKDAY})\b${NOT_A_VERB}`,
        priority: 2,
      },
      { re: rx`\b(?<weekday>${WEEKDAY}) (?:morning|night|evening|afternoon)\b`, priority: 2 },
      { re: rx`\b(?<weekday>${BARE_WEEKDAY})\b`, priority: 1, confidence: 0.8 },
      {
        re: rx`\b(?:for|since|over|x)\s*${ABOUT}(?<n>${QTY})\s*(?:and a half\s+)?(?<unit>${LONG})\b`,
        priority: 2,
      },
      {
        re: rx`\b(?:it'?s|its|it has|it'?s been|been|has been|going on|lasted|lasting)\s+(?:going on\s+)?(?:for\s+)?${ABOUT}(?<n>${QTY})\s*(?<unit>${LONG})\b`,
        priority: 2,
      },
      {
        re: rx`\b(?<n>${QTY})\s*(?<unit>${LONG})\s+(?:now|already|straight|in a row|running|of (?:this|pain|back pain|spasms?|it))\b`,
        priority: 2,
      },
      {
        re: rx`\b(?<n>${QTY})\s*(?<unit>days?|weeks?|months?)\b(?!\s*(?:old|of age|pregnant|along|a (?:day|week)|per|later|from now))`,
        priority: 1,
        confidence: 0.8,
      },
      { re: rx`\b(?:since )?(?:the )?day before yesterday\b`, days: 2, priority: 2 },
      { re: rx`\bsince (?:yesterday|last night)\b`, days: 1, priority: 3 },
      { re: rx`\b(?:yesterday|last night)\b`, days: 1, priority: 1.5 },
      { re: rx`\bsince (?:this (?:morning|afternoon|evening)|today)\b`, days: 0, priority: 3 },
      {
        re: rx`\b(?:this (?:morning|afternoon|evening)|today|tonight|earlier today|just now)\b`,
        days: 0,
        priority: 1.5,
      },
      { re: rx`\b(?:for|over|during|in) (?:the )?(?:past|last) fortnight\b`, days: 14, priority: 2 },
      {
        re: rx`\b(?:for|over|during|in) (?:the )?(?:past|last) (?<n>${QTY})\s*(?<unit>hours?|hrs?)\b`,
        priority: 2,
      },
      {
        re: rx`\b(?:for|over|during|in) (?:the )?(?:past|last) week\b`,
        days: 7,
        priority: 2,
        confidence: 0.8,
      },
      {
        re: rx`\b(?:for|over|during|in) (?:the )?(?:past|last) month\b`,
        days: 30,
        priority: 2,
        confidence: 0.8,
      },
      { re: rx`\blast week\b`, days: 7, priority: 1, confidence: 0.6 },
      { re: rx`\blast month\b`, days: 30, priority: 1, confidence: 0.6 },
    ],
    selfCare: rx`\b${alt`
      icing iced ice_?packs? (?:tried|using|used|put(?:ting)?|applied|with)_ice ice_and cold_packs?
      frozen_peas heat heating_pad heat_(?:pack|wrap|patch) hot_water_bottle (?:warm|hot)_(?:bath|shower)s?
      rest(?:ed|ing) stretch(?:ed|es|ing)? tried taking_it_easy bed_rest
    `}\b`,
    history: rx`\b${alt`
      last_time previous(?:ly)? before_that when_i_was as_a_(?:kid|child|teen)
      back_in_(?:(?:19|20)\d\d|high_school|college|the_day) ${QTY}_(?:years?|yrs?)_(?:ago|back)
    `}\b`,
    onsetContext: rx`\b${alt`
      back spine spasm\w* pain hurt\w* ache aching sore start(?:ed|s)? began begun seized seizing locked
      went_out gave_out tweaked pulled strained injur\w* happened came_on lumbago sciatica stiff cramp\w*
      woke_up lift\w* fell fall slipped accident crash twisted bent moving moved collision rear-ended
    `}\b`,
    episode: rx`\b(?:back|spine|spasms?|lumbago|sciatica|lbp)\b`,
    otherEvents: rx`\b${alt`
      job surgery operation op stone broke broken fracture born baby birth wedding holiday vacation flu cold
      covid infection diagnos\w* chemo clean sober diarrh\w* vomit\w* cough\w* headaches? migraines? sore_throat
      constipat\w* nause\w* rash epidural\w* injection\w* jab infiltration puncture spinal_tap nerve_block procedure
      c-?section caesarean cesarean appendix gallbladder biopsy colonoscopy catheter\w* transfusion vaccin\w* booster
    `}\b`,
    sinceEvent: rx`\b(?:ever since|since|after)`,
    sinceThen: rx`\b(?:since then|ever since|from then on|since that (?:day|moment))\b`,
    // "worse than 3 days ago", "nothing has changed since I wrote last week", "better since yesterday".
    comparison: anyOf(
      rx`\b(?:than|then)\s+(?:it was\s+|i was\s+)?$`,
      rx`\b(?:changed|change|different|the same|better|worse|improved|eased)\s+since\s+(?:(?:i|we)\s+\w+\s+)?$`,
    ),
    current: rx`\b(?:this|the latest|the current|the most recent) (?:time|flare(?:[- ]?up)?|episode|one|bout|attack|spasm)\b`,
    linking: alt`and or so because cos cause since after when then also well plus oh as now`,
    helpingThem: rx`\b${alt`
      help lift catch caught carr(?:y|ied) pick pull push hold held get got mov turn nurs look\w*_after car(?:e|ed|ing)_for
    `}\w*\s+(?:her|him|them)\b`,
  },
  // "not only my back" adds, it does not deny; nor do the other idioms in NOT_A_DENIAL ("without warning").
  negation: rx`\b(?:no|not|never|without|nor|neither|none|nothing|zero|denies|deny|denied|hardly any)\b(?!\s*[,.!;:?]|\s+${NOT_A_DENIAL}\b)|\b${alt`
    don'?t doesn'?t didn'?t haven'?t hasn'?t hadn'?t isn'?t aren'?t wasn'?t weren'?t won'?t wouldn'?t
    ain'?t
  `}\b|\b(?:free of|free from|negative for)\b`,
  uncertainty: rx`\b${alt`
    not_(?:really_|100%_|totally_|completely_)?(?:sure|certain) unsure uncertain maybe might
    may_(?:have|be) perhaps possibly i_(?:think|guess|suppose|wonder) wondering
    (?:i_)?(?:don'?t|do_not)_(?:know|think)(?:_(?:if|whether))? dunno(?:_if|_whether)?
    no_idea_(?:if|whether) could_be can'?t_tell hard_to_(?:say|tell) seems_like feels_like_i_(?:have|might)
  `}\b|${HYPOTHETICAL}`,
  hedges: rx`\b(?:probably|likely|apparently|sort of|kind of|kinda|a bit|slightly)\b`,
  intensifiers: alt`really very super totally literally actually honestly truly quite extremely awfully terribly absolutely`,
  breakers: rx`\b${alt`
    but although though however except(?:_for)? excepting besides aside_from save_for apart_from other_than because cause cos so then now until till while
    whereas yet also plus which after before when
  `}\b`,
  answersYes: alt`yes yep yeah yup ya definitely unfortunately sadly a_little a_bit sometimes`,
  answerLabel: alt`a ans answer`,
  answersWhere: rx`(?:${alt`only just mostly mainly`} )?${alt`in on around round down between at across under through into`}`,
  questions: rx`\b${alt`
    (?:is|isn'?t|could|can|would|should|might|does|did|will|are|was)_(?:it|that|this|these|those|there)_(?:be_)?${alt`
      normal ok okay alright serious bad common usual dangerous worrying related linked caused possible
      a_(?:bad_|serious_)?(?:sign|symptom|problem|concern) something (?:from|because|due|why|what|the|my)
    `}
    (?:could|can|would|might|does|do|did|will)_(?:a|an|my|your|the|back|spasms?|sciatica|this|that|it)_\w+_(?:cause|make|be|lead|give)
    (?:could|can|might)_(?:this|that|it)_(?:be|cause|explain|mean) why_(?:can'?t|cant|do|does|did|am|is|would|won'?t)_(?:i|it|my)
    what_(?:does|do|would|could|might)_(?:it|that|this)_mean how_come (?:do|does|did|should|can)_(?:i|anyone|people|you)_(?:need|get|have|ever)
  `}\b`,
  subjects: rx`${alt`
    no not never since i i'?m im i'?ve ive i'?d my it it'?s its this that there they he she we the_pain just only
    pain now today yesterday just also then but got had have feel feels started woke lower upper mid back can
    is_(?:that|this|it) should_i do_i does_(?:that|this|it) could_(?:this|that|it) what how why
  `}\b`,
  fillers: rx`^(?:or|and|nor|any|my|the|a|an|of|either|have|had|got|i|i've|ive|been|noticed|notice|really|much)$`,
  postNegation: anyOf(
    // "fever: none", "numbness - none now": a denial of it now.
    rx`^\s*(?:[:=\-?]\s*(?:no|none|nope|negative|denied|denies|absent|nil|neg)|no|none|negative|denied|absent|nil|neg)\b${alt`
      _now _today _currently _anymore _any_more _at_the_moment _at_present _these_days
    `}?(?=\s*(?:[,.;!?\n]|$))`,
    // "fever free", "numbness-free for a week".
    rx`^-?\s?free\b(?!\s+(?:to|and|flowing|time|of charge)\b)`,
  ),
  family: rx`${alt`
    \b(?:my|our|his|her)_(?:${KIN_ADJECTIVE}_)?${RELATIVE}\b
    \bfamily_history\b \bruns_in_(?:my|the)_family\b
    \b(?:mum|mom|mam|dad|mother|father|nan|nana|granny|grandma|grandpa|grandad)\b(?=_(?:had|has|died|passed|was))
  `}(?!\s+(?:says|said|thinks|thought|noticed|told me|reckons|saw|sees)\b)`,
  patient: rx`${alt`
    \b(?:writing_(?:this_)?(?:for|on_behalf_of|about)|asking_(?:for|about))_my_${RELATIVE}\b
    \bmy_${RELATIVE}(?:_age_is|_aged?|_is|,|,?_who(?:'s|_is))_\d{1,3}\b \bmy_${RELATIVE}'?s_(?:lower_|upper_|mid_)?(?:back|spine)\b
    \b${RELATIVE}_\(\d{1,3}\)
    \bmy_${RELATIVE}\b(?=[^.;!?]*\b(?:(?:his|her)_(?:lower_|upper_|mid_)?(?:back|spine)|(?:has|'s)_(?:had_|got_)?back_(?:pain|ache|spasms?))\b)
  `}`,
  carer: rx`${alt`
    \bwriting_(?:this_)?(?:for|on_behalf_of|about)_(?:my_)?${RELATIVE}\b \b(?:asking|here)_(?:for|about)_(?:my_)?${RELATIVE}\b
    \bmy_${RELATIVE}'?s_(?:lower_|upper_|mid_)?(?:back|spine|legs?|feet|bladder|bowels?)\b
    \b(?:my_)?${RELATIVE}(?:_age_is|_aged?|_is|,|,?_who(?:'s|_is))_\d{1,3}\b \b(?:my_)?${RELATIVE}_?\(\d{1,3}\)
    \b(?:his|her)_(?:lower_|upper_|mid_)?(?:back|spine|legs?|feet|bladder|bowels?|bottom|bum)\b
    \b(?:his|her)_(?:groin|crotch|privates|private_parts|genitals?|backside|inner_thighs?)\b
    \b(?:wet|wetting|soiled|soiling|mess(?:ed|ing)|poo(?:ed|ing)|poop(?:ed|ing)|pee(?:d|ing)|piss(?:ed|ing)|wee(?:'?d|ing))_(?:himself|herself)\b
  `}`,
  typos: {
    targets: words(
      `
        numbness tingling tingly needles bladder bowels bowel urine urinate peeing myself fever feverish
        chills sweats sweating shoulder blades spasm spasms spasming lower upper middle accident ladder
        weakness giving dragging stomach belly chest breath pressure cancer lymphoma steroids prednisone
        osteoporosis pregnant weight night morning stiffness better worse getting yesterday today since
        weeks months monday tuesday wednesday thursday friday saturday sunday lifting lifted twisted
        slipped tripped groin genitals buttocks thigh knees ankle burning control infection surgery
        saddle privates perineum perineal faeces incontinent
        injection epidural temperature walking standing sitting improving worsening crash tackled shoveling
        gardening couch moving wiping sciatica radiates shooting
      `,
    ),
    common: words(
      `
        never fewer lever liver river sever seven bitter letter lover numbers number bladed ladder latter
        matter moving mowing sitting setting getting betting letting putting cutting night might right
        light sight tight fight eight weigh sweet sweets shower slower power tower lower mower bowls towels
        vowels chess cheat there three these those where which while whole before after again about above
        below other under until still stuck could would should think thing things their being doing going
        coming having making taking trying lying sleeping working driving sitting standing hurts hurting
        pains aches since scale worst worse weird heavy sharp sharper stiff sore spine spinal started
        starting happened really little pretty every maybe times tingle bumped lifter lifts dragon gives
        given shoulders blade middle riddle saddle paddle paddled kayak weekend weeks hours minutes months
        years today tonight morning evening afternoon pressure breathe breathing chester bottle surgeon
        urgent bowling crashed slipper slippers private faces places
      `,
    ),
    misspellings: pairs(
      `
        numbess=numbness numbnes=numbness tinglin=tingling tingeling=tingling feaver=fever fevor=fever
        chils=chills yestarday=yesterday yesturday=yesterday yesteday=yesterday myslef=myself mysef=myself
        bladdar=bladder sholder=shoulder shoulda=shoulder stomache=stomach stomack=stomach
        weakniss=weakness accidnet=accident pregant=pregnant preggers=pregnant osteoperosis=osteoporosis
        numbish=numb numbed=numb incontinance=incontinence incontinant=incontinent errection=erection
        errections=erections siatica=sciatica sciactica=sciatica lowerback=lower_back upperback=upper_back midback=mid_back
        feal=feel feeel=feel sweatin=sweating nite=night nites=nights thru=through loosing=losing leakin=leaking
        peein=peeing weein=weeing dribblin=dribbling weeker=weaker sadle=saddle
        cnt=can't strian=strain rly=really r=are b4=before da=the osteoporose=osteoporosis
        osteoporisis=osteoporosis temprature=temperature temperture=temperature thermometre=thermometer
        w/o=without w/=with wo/=without b/l=both bilat=both bilateral=both bilaterally=in_both_legs
        h/o=history_of hx=history_of pmh=history pmhx=history s/p=after c/o=complains_of f/c=fever_or_chills
        le=legs les=legs ble=both_legs lle=left_leg rle=right_leg void=pee voiding=peeing voided=peed
        wt=weight approx=about nil=no neg=negative
      `,
    ),
    firstLetterGroups: [],
  },
  stopwords: words(
    `
      the and my i to of in it is back pain have since ago with for on was but not can't i'm a when down
      leg legs days after yesterday this been lower upper had no feel fever week weeks hurts
      just out without can get got like really feels anymore when if so all at be am are has do don't
      did didn't from up into keep keeps going went both it's i've can't
      hit car by off fell her him she we you bike pee wee over numb weak
    `,
  ),
};
