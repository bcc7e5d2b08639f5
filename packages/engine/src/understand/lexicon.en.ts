import { SIGNS_EN } from "./lexicon.en.signs.ts";
import type { Lexicon, LexiconPattern } from "./lexicon.ts";
import { pairs, rx, words } from "./lexicon.ts";
import { numberSource, quantitySource } from "./numbers.ts";

// English words for the person, where it hurts, how it began and how it goes, plus time and cue words.
// Legs, emergency signs and red flags are in lexicon.en.signs.ts. Patterns run on normalised text.
const NUM = numberSource("en");
const QTY = quantitySource("en");
const CANT = rx`(?:can'?t|cannot|can not|couldn'?t|unable to)`;

const PATTERNS: readonly LexiconPattern[] = [
  // About the person.
  {
    fact: "age",
    range: [12, 110],
    re: rx`\b(?:i'?m|i am|im|aged?|age:?)\s+(?<n>${NUM})(?:\s*(?:years?|yrs?)(?:[- ]old)?)?\b(?!\s*(?:\/|out of|of\b|%|kg|kgs|kilos?|lbs?|pounds|stone|cm|ft|feet|foot|inches|days?|weeks?|months?|hours?|minutes?|times|percent|in pain))`,
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
  {
    fact: "age",
    range: [12, 110],
    re: rx`^\s*(?<n>\d{2})\s*(?:[,.;:]|$|\s+(?:and|here|yrs?)\b)`,
    read: "number",
    confidence: 0.75,
  },
  { fact: "age", range: [12, 110], re: rx`\bturned (?<n>${NUM})\b`, read: "number", confidence: 0.8 },
  {
    fact: "sex",
    re: rx`\b(?:i'?m|i am|im|as) (?:a |an )?(?:\d{2,3}[- ]?(?:years?[- ]old |yo |y\/o )?)?(?:man|guy|male|gentleman|dude|bloke|dad|father|grandpa|grandfather)\b`,
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
    re: rx`(?:^|[,.;:(]\s*|\b(?:i'?m|i am|im|age|aged)\s+)\d{2},?\s*m\b`,
    value: "male",
    confidence: 0.85,
  },
  {
    fact: "sex",
    re: rx`(?:^|[,.;:(]\s*|\b(?:i'?m|i am|im|age|aged)\s+)\d{2},?\s*f\b`,
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
    re: rx`\b(?:between (?:my |the )?shoulder ?blades|(?:upper|top) part of (?:my |the )?back|(?<!below (?:my |the )?)shoulder ?blades?|top of (?:my |the )?back|scapula|rhomboids?)\b`,
    negated: null,
    confidence: 0.85,
  },
  {
    fact: "side",
    value: "left",
    re: rx`\b(?:(?:left|lt)[- ]sided?|on the left|left (?:lower |upper |mid(?:dle)? |low )?back|(?:lower|upper|mid(?:dle)?|low) left\b(?= ?(?:back|side|part|of|$|[,.]))|left of (?:my |the )?spine)\b`,
    negated: null,
  },
  {
    fact: "side",
    value: "right",
    re: rx`\b(?:(?:right|rt)[- ]sided?|on the right|right (?:lower |upper |mid(?:dle)? |low )?back|(?:lower|upper|mid(?:dle)?|low) right\b(?= ?(?:back|side|part|of|$|[,.]))|right of (?:my |the )?spine)\b`,
    negated: null,
  },
  {
    fact: "side",
    value: "both",
    re: rx`\b(?:(?:on )?both sides|bilateral(?:ly)?|each side|either side)\b`,
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
    re: rx`(?:^|[,.;:]\s*)right(?: side)?(?=\s*(?:[,.;]|$))`,
  },

  // How bad, how it moves, how it began, how it goes.
  {
    fact: "painScore",
    re: rx`\b(?:\d{1,2}\s*(?:-|to|or)\s*)?(?<n>${NUM})\s*(?:\/|out of|outta|of)\s*(?:10|ten)\b`,
    read: "number",
  },
  {
    fact: "painScore",
    re: rx`\b(?:pain|it'?s|its|it is|it was|pain'?s|rated?|rate it|score|level|hurts)(?: (?:is|was|at|about|around|like|a|an|level|score|solid|maybe|now|currently|honestly|easily|probably|usually|consistently|of))*\s+(?<n>${NUM})\b(?!\s*(?:\/|out of|of\b|%|days?|weeks?|months?|years?|hours?|minutes?|times|kg|lbs?|yo|y\/o|am|pm|o'?clock|:|[.,]\d))`,
    read: "number",
    confidence: 0.8,
  },
  {
    fact: "painScore",
    re: rx`\blike (?:an? )?(?<n>${NUM})\b(?!\s*(?:\/|out of|of\b|%|days?|weeks?|months?|years?|hours?|minutes?|times|kg|lbs?|[.,]\d))`,
    read: "number",
    confidence: 0.75,
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
    re: rx`\b${CANT} (?:even )?(?:move|walk|get (?:out of|up from|off) (?:the |my )?(?:bed|floor|couch|sofa|chair)|get up|stand up|stand)\b(?! (?:up )?straight| for long| long| far| very far| properly| normally)`,
  },
  {
    fact: "mobility",
    value: "severely_limited",
    re: rx`\b(?:stuck (?:in bed|on the floor|on the couch|lying)|bed-?(?:bound|ridden)|crawl(?:ed|ing)? (?:to|around|on)|had to crawl|can'?t move at all|flat on my back|lying on the floor)\b`,
    confidence: 0.8,
  },
  {
    fact: "mobility",
    value: "limited",
    re: rx`\bcan(?:'?t| not|not)? (?:barely|hardly) (?:get|put) (?:my )?(?:socks|shoes|pants|trousers)(?: on)?\b|\b${CANT} (?:really |even |quite |properly )?(?:stand (?:up )?straight|straighten(?: up)?|bend(?: over| down)?|twist|turn|sit (?:for long|down)|tie my shoes|put (?:on )?(?:my )?socks(?: on)?|walk (?:far|for long|properly|normally|very far)|stand for long|lift anything|move (?:much|well|very well|properly))\b`,
  },
  {
    fact: "mobility",
    value: "limited",
    re: rx`\b(?:hard|difficult|painful|tough|struggl(?:e|es|ing)) (?:to )?(?:move|walk|bend|stand|get up|sit|turn|straighten|get around|get dressed)\b`,
  },
  {
    fact: "mobility",
    value: "limited",
    re: rx`\b(?:moving|walking|shuffling|getting around) (?:very |really |so )?(?:slowly|slow|carefully|gingerly|stiffly|hunched|bent over|like an old (?:man|woman|lady))\b|\b(?:hunched(?: over)?|limping|stiff as a board|walking is (?:hard|difficult|painful)|(?:limited|restricted|reduced) (?:movement|mobility|range of motion))\b`,
  },
  {
    fact: "mobility",
    value: "normal",
    re: rx`\b(?:moving|walking|getting around|mobility(?: is)?|(?:i )?can (?:move|walk))(?: around)? (?:fine|ok|okay|normally|normal|well|alright|all right|without (?:any )?(?:problems?|trouble|difficulty))\b|\bfully mobile\b`,
    negated: null,
  },
  {
    fact: "onsetTrigger",
    value: "major_trauma",
    negated: null,
    re: rx`\b(?:(?:car|auto|traffic|road|motorcycle|motorbike|motor ?bike|bike|bicycle|scooter|truck|bus) (?:accident|crash|wreck|collision)|crashed (?:my |the )?(?:car|bike|motorcycle)|rear[- ]?ended|t-?boned|fender bender|mva|mvc|rta|rtc|head-?on collision|collision|(?:hit|struck|knocked (?:over|down)) by (?:an? )?(?:car|truck|van|bus|vehicle|motorcycle))\b`,
  },
  {
    fact: "onsetTrigger",
    value: "major_trauma",
    negated: null,
    re: rx`\b(?:fell|fall(?:en)?|falling|tumbled|came|come|slipped|thrown|flew|jumped) (?:off|from|out of|down from) (?:(?:a|the|my|our|his|her|some)\s)?(?:\w+\s)?(?:ladder|roof|scaffold(?:ing)?|tree|horse|wall|trampoline|balcony|loft|attic|bunk(?: bed)?|stepladder|step ladder|truck|platform|height|first floor|second floor|building|cliff|bike|bicycle|motorbike|motorcycle)\b`,
  },
  {
    fact: "onsetTrigger",
    value: "major_trauma",
    negated: null,
    re: rx`\b(?:fell|fall(?:en)?|falling|tumbled|slipped) down (?:the |a |some |several |a flight of |\w+ )?(?:stairs|steps|staircase|flight of stairs)\b|\b(?:fell|fall) (?:from )?(?:about |around |like |nearly |almost |over )?(?:\d+|two|three|four|five|six|ten) (?:feet|ft|meters|metres|m)\b|\bfall from (?:a )?height\b`,
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
    re: rx`\b(?<!(?:keep|keeps|kept|always|often) )(?:slipped|slip|slipping|tripped|trip|tripping|stumbled)\b(?! (?:disc|disk)| over my (?:own )?(?:foot|feet|toes))`,
  },
  {
    fact: "onsetTrigger",
    value: "minor_trauma",
    negated: null,
    confidence: 0.8,
    re: rx`\b(?:fell|fall|fallen|falling)\b(?! asleep| apart)|\b(?:landed (?:hard )?on (?:my )?(?:butt|backside|bum|back|tailbone|bottom|coccyx)|bumped (?:my back|into)|banged my back)\b`,
  },
  {
    fact: "onsetTrigger",
    value: "strain",
    negated: null,
    re: rx`\b(?:(?<!(?:${CANT}|not|(?:hard|difficult|painful|able) to) )(?:lifted|picked up|carried|lugged|hauled|hoisted)|(?<!(?:${CANT}|not|(?:hard|difficult|painful|able) to|when|when i|when i'm|if|if i|while i'm) )(?:lift(?:ing)?|pick(?:ing)? up|carry(?:ing)?|lugging|hauling|hoisting))\b(?! (?:my |the )?(?:left |right )?(?:foot|feet|toes?|legs?|knee)\b)`,
  },
  {
    fact: "onsetTrigger",
    value: "strain",
    negated: null,
    re: rx`\b(?:mov(?:e|ed|ing)|push(?:ed|ing)|pull(?:ed|ing)|shift(?:ed|ing)) (?:a |the |some |my |our |an )?(?:\w+ )?(?:couch|sofa|furniture|boxes|box|fridge|bed|mattress|wardrobe|table|desk|piano|dresser|washing machine|house|apartment|flat|tv|television|car)\b|\bhelped (?:\w+ ){0,3}move\b|\bmoving (?:house|day)\b`,
  },
  {
    fact: "onsetTrigger",
    value: "strain",
    negated: null,
    re: rx`\b(?:(?<!(?:${CANT}|not) )(?:twisted|bent (?:over|down)|reached (?:for|up|over)|turned (?:awkwardly|quickly|too fast)|sneezed|pulled (?:a|my) (?:muscle|back)|tweaked|overdid it)|(?<!(?:${CANT}|not|when i|if i) )(?:twisting|bending (?:over|down)|reaching (?:for|up|over)|turning (?:awkwardly|quickly|too fast)|sneez(?:e|ing)|awkward(?:ly)? (?:movement|twist|lift)))\b`,
  },
  {
    fact: "onsetTrigger",
    value: "strain",
    negated: null,
    re: rx`\b(?:shovel(?:l?ed|l?ing)?|digging|gardening|weeding|raking|vacuum(?:ed|ing)|mopping|deadlifts?|deadlifting|squats|squatting|work(?:ed|ing) out|at the gym|gym session|lifting weights|changing a (?:tire|tyre)|tying my shoes)\b`,
  },
  {
    fact: "onsetTrigger",
    value: "strain",
    negated: null,
    confidence: 0.75,
    re: rx`\b(?:yoga|pilates|golf(?:ing|er)?|tennis|squash|badminton|pickleball|soccer|basketball|volleyball|baseball|softball|jogging|sprint(?:ing)?|hiking|climbing|skiing|snowboarding|swimming|surfing|rowing|kayak(?:ing)?|paddl(?:e|ed|ing)|crossfit|dancing|zumba|bowling|painting the|playing (?:with|football))\b`,
  },
  {
    fact: "onsetTrigger",
    value: "none",
    negated: null,
    confidence: 0.8,
    re: rx`\b(?:for no (?:apparent |obvious |particular )?reason|out of (?:the )?(?:nowhere|blue)|no (?:apparent |obvious |particular )?(?:reason|cause|trigger)|(?:woke|wake|waking) up (?:like this|this way|with (?:it|this|the pain|a|pain|back pain|a stiff|stiff))|didn'?t do anything(?: (?:special|unusual|different))?|did nothing (?:special|unusual|different)|came on (?:gradually|slowly|by itself|on its own))\b`,
  },
  {
    fact: "course",
    value: "improving",
    negated: null,
    re: rx`\b(?:getting|got|feeling|feels?|a (?:bit|little|lot)|much|slightly|somewhat|already|slowly|gradually|little) better\b(?! (?:when|with|if|after|lying|sitting|once|while|in the|at night|than i expected))|\bimprov(?:ing|ed|es)\b(?! (?:with|when|after|if|once))|\b(?:easing(?: off| up)?|eased (?:off|up)|settling down|calming down|on the mend|less (?:painful|sore|intense)|not as (?:bad|painful|sore)|better (?:each|every) day|better than (?:yesterday|before|it was)|better today)\b`,
  },
  {
    fact: "course",
    value: "worsening",
    negated: null,
    re: rx`\b(?:getting|got|gets|keeps getting|progressively|gradually|slowly|much|way|even|steadily) worse\b(?! (?:when|with|if|after|at night|in the morning|lying|sitting|bending|standing|walking))|\bworse (?:and worse|every day|each day|by the day|than (?:yesterday|before|last week|it was)|today)\b|\b(?:worsening|deteriorating)\b|\b(?:pain|it|back) (?:is|'s|got|has got(?:ten)?) (?:much |way |a lot |even )?worse\b(?! (?:when|with|if|at night|in the|lying|sitting|bending|standing|walking))|\bworse (?:back )?pain\b`,
  },
  {
    fact: "course",
    value: "unchanged",
    negated: null,
    confidence: 0.85,
    re: rx`\b(?:not|isn'?t|hasn'?t|is not|has not|no|not really|isn'?t really|hasn'?t really|never) (?:been )?(?:getting |got |gotten )?(?:any |much )?(?:better|improving|improved|easing)\b|\b(?:about|pretty much|still|exactly|basically|more or less) the same\b|\b(?:no change|hasn'?t changed|not changed|same as (?:before|yesterday|day one|when it started|the first day)|stays? the same|neither better nor worse|not (?:any )?better (?:or|nor) worse|not better either)\b`,
  },
  {
    fact: "previousEpisodesSameArea",
    read: "ordinal",
    negated: null,
    re: rx`\b(?<n>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th) (?:time|episode|one|spasm|attack|flare)\b`,
    unless: rx`\bin (?:the )?(?:last |past )?(?:\d+|two|three|four|five|several|many|a few) years\b|\bfirst time (?:i'?ve|i have) (?:had|felt|noticed) (?:numb|tingl|leg|any)`,
  },
  {
    fact: "previousEpisodesSameArea",
    value: 0,
    negated: null,
    re: rx`\b(?:never (?:had|experienced|felt) (?:this|it|anything like (?:this|it)|back (?:pain|problems|spasms?|issues))(?: before)?|never happened (?:to me )?before|nothing like this before|first time ever)\b`,
  },
  {
    fact: "previousEpisodesSameArea",
    read: "count",
    negated: null,
    confidence: 0.8,
    re: rx`\b(?<n>once|twice|one time|two times|three times|\d+ times) before\b|\b(?:had|have had|been) (?<n2>one|two|three|four|\d+) (?:episodes?|spasms?|attacks?|flare-?ups?)(?: like (?:this|it))? before\b`,
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
  [rx`hours?|hrs?|minutes?|mins?`, 0],
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
const ABOUT = rx`(?:(?:about|around|almost|nearly|over|roughly|like|maybe|more than|just over|a good|the last|the past|past|last)\s+)*`;

export const EN: Lexicon = {
  lang: "en",
  patterns: PATTERNS,
  time: {
    units: UNITS,
    weekdays: WEEKDAYS,
    patterns: [
      { re: rx`\b(?<n>${QTY})\s*(?:and a half\s+)?(?<unit>${UNIT})\s+(?:ago|back)\b`, priority: 3 },
      { re: rx`\bsince (?:last |this (?:past )?)?(?<weekday>${WEEKDAY})\b`, priority: 3 },
      {
        re: rx`\b(?:on|last|this past|this) (?<weekday>${WEEKDAY})\b`,
        priority: 2,
      },
      { re: rx`\b(?<weekday>${WEEKDAY}) (?:morning|night|evening|afternoon)\b`, priority: 2 },
      { re: rx`\b(?<weekday>${WEEKDAY})\b`, priority: 1, confidence: 0.8 },
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
      { re: rx`\blast week\b`, days: 7, priority: 1, confidence: 0.6 },
      { re: rx`\blast month\b`, days: 30, priority: 1, confidence: 0.6 },
    ],
    selfCare: rx`\b(?:icing|iced|ice ?packs?|(?:tried|using|used|put(?:ting)?|applied|with) ice|ice and|cold packs?|frozen peas|heat|heating pad|heat (?:pack|wrap|patch)|hot water bottle|(?:warm|hot) (?:bath|shower)s?|rest(?:ed|ing)|stretch(?:ed|es|ing)?|tried|taking it easy|bed rest)\b`,
    history: rx`\b(?:last time|previous(?:ly)?|before that|when i was|as a (?:kid|child|teen)|back in (?:(?:19|20)\d\d|high school|college|the day)|\d+ years? ago)\b`,
    onsetContext: rx`\b(?:back|spine|spasm\w*|pain|hurt\w*|ache|aching|sore|start(?:ed|s)?|began|begun|seized|seizing|locked|went out|gave out|tweaked|pulled|strained|injur\w*|happened|came on|lumbago|sciatica|stiff|cramp\w*|woke up|lift\w*|fell|fall|slipped|accident|crash|twisted|bent|moving|moved|collision|rear-ended)\b`,
  },
  negation: rx`\b(?:no|not|never|without|nor|neither|none|nothing|denies|deny|denied|hardly any)\b(?!\s*[,.!;:?])|\b(?:don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|hadn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|won'?t|wouldn'?t|ain'?t)\b|\b(?:free of|negative for)\b`,
  uncertainty: rx`\b(?:not (?:really |100% |totally |completely )?(?:sure|certain)|unsure|uncertain|maybe|might|may (?:have|be)|perhaps|possibly|i (?:think|guess|suppose|wonder)|wondering|(?:i )?(?:don'?t|do not) (?:know|think)(?: (?:if|whether))?|dunno(?: if| whether)?|no idea (?:if|whether)|could be|can'?t tell|hard to (?:say|tell)|seems like|feels like i (?:have|might))\b`,
  hedges: rx`\b(?:probably|likely|apparently|sort of|kind of|kinda|a bit|slightly)\b`,
  breakers: rx`\b(?:but|although|though|however|except|apart from|other than|because|cause|cos|so|then|now|until|till|while|whereas|yet|also|plus|which|after|before|when)\b`,
  subjects: rx`(?:no|not|never|since|i|i'?m|im|i'?ve|ive|i'?d|my|it|it'?s|its|this|that|there|they|he|she|we|the pain|pain|now|today|yesterday|just|also|then|but|got|had|have|feel|feels|started|woke|lower|upper|mid|back)\b`,
  fillers: rx`^(?:or|and|nor|any|my|the|a|an|of|either|have|had|got|i|i've|ive|been|noticed|notice|really|much)$`,
  postNegation: rx`^\s*(?:[:=\-?]\s*(?:no|none|nope|negative|denied|denies|absent|nil|neg)|no|none|negative|denied|absent|nil|neg)\b(?=\s*(?:[,.;!?\n]|$))`,
  family: rx`(?:\b(?:my|our|his|her) (?:mom|mum|mother|dad|father|parents?|sister|brother|siblings?|wife|husband|partner|son|daughter|kids?|child|children|aunt|uncle|cousin|grandma|grandmother|grandpa|grandfather|grandparents?|friend|boyfriend|girlfriend|neighbou?r|family|relatives?)\b|\bfamily history\b|\bruns in (?:my|the) family\b)(?!\s+(?:says|said|thinks|thought|noticed|told me|reckons|saw|sees)\b)`,
  typos: {
    targets: words(
      "numbness tingling tingly needles bladder bowels bowel urine urinate peeing myself fever feverish chills sweats sweating shoulder blades spasm spasms spasming lower upper middle accident ladder weakness giving dragging stomach belly chest breath pressure cancer lymphoma steroids prednisone osteoporosis pregnant weight night morning stiffness better worse getting yesterday today since weeks months monday tuesday wednesday thursday friday saturday sunday lifting lifted twisted slipped tripped groin genitals buttocks thigh knees ankle burning control infection surgery injection epidural temperature walking standing sitting improving worsening crash tackled shoveling gardening couch moving wiping sciatica radiates shooting",
    ),
    common: words(
      "never fewer lever liver river sever seven bitter letter lover numbers number bladed ladder latter matter moving mowing sitting setting getting betting letting putting cutting night might right light sight tight fight eight weigh sweet sweets shower slower power tower lower mower bowls towels vowels chess cheat there three these those where which while whole before after again about above below other under until still stuck could would should think thing things their being doing going coming having making taking trying lying sleeping working driving sitting standing hurts hurting pains aches since scale worst worse weird heavy sharp sharper stiff sore spine spinal started starting happened really little pretty every maybe times tingle bumped lifter lifts dragon gives given shoulders blade middle riddle saddle paddle paddled kayak weekend weeks hours minutes months years today tonight morning evening afternoon pressure breathe breathing chester bottle surgeon urgent bowling crashed",
    ),
    misspellings: pairs(
      "numbess=numbness numbnes=numbness tinglin=tingling tingeling=tingling feaver=fever fevor=fever chils=chills yestarday=yesterday yesturday=yesterday yesteday=yesterday myslef=myself mysef=myself bladdar=bladder sholder=shoulder shoulda=shoulder stomache=stomach stomack=stomach weakniss=weakness accidnet=accident pregant=pregnant preggers=pregnant osteoperosis=osteoporosis siatica=sciatica sciactica=sciatica lowerback=lower_back upperback=upper_back midback=mid_back",
    ),
    firstLetterGroups: [],
  },
  stopwords: words(
    "the and my i to of in it is back pain have since ago with for on was but not can't i'm a when down leg legs days after yesterday this been lower upper had no feel fever week weeks hurts",
  ),
};
