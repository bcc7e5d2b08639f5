import type { LexiconPattern } from "./lexicon.ts";
import {
  ANY_WORD,
  alt,
  anyOf,
  denialGap,
  NOT_LISTED,
  near,
  rx,
  saidOf,
  skip,
  span,
  together,
} from "./lexicon.ts";

// How people say the warning signs in everyday English (UK and US): slang, euphemisms and hedges. Each phrase
// is built from named parts and matched within a window of words (see `near` in lexicon.ts), so "really",
// "a bit" or "in the middle of my" between the parts does not break it, while a denial inside it does.

const NOT_ABLE = alt`
  can'?t cannot can_not couldn'?t don'?t didn'?t do_not did_not unable_to not_able_to barely hardly
  (?:have|has)n'?t_been_able_to (?:have|has|'ve|'s)_not_been_able_to (?:was|were)n'?t_able_to no_longer_able_to
`;
/** Trouble doing something: "struggling to", "a job to", "having trouble". */
const STRUGGLE = alt`
  struggl(?:e|es|ing|ed)_to trouble difficulty difficult_to problems? hard_to a_job_to (?:having_)?a_hard_time
`;
/** The penis in everyday words. */
const PENIS = alt`willy penis dick cock manhood todger old_fella little_fella member john_thomas junk`;
/** Said of oneself or of the person cared for: "wet myself", "messing himself", "his legs". */
export const SELF = alt`myself himself herself themselves themself`;
export const OWN = alt`my his her their`;
/** Opening the bowels: "when I open my bowels", "going for a number two", "passing a stool". */
const BOWEL_ACT = alt`
  open(?:ing)?_(?:my_|his_|her_)?bowels (?:have|having|do|doing|did|had)_a_(?:poo|poop|number_two|bowel_movement)
  poo(?:ing)? poop(?:ing)? go(?:ing)?_for_a_(?:poo|poop|number_two) pass(?:ing)?_(?:a_)?(?:stools?|motions?)
`;
/** "feel kind of like they've had", "feels as if it's been": a simile that follows. */
const FEELS_LIKE = rx`(?:feels?|felt|feeling|is|are) (?:kind of |sort of |kinda |a bit |almost |just )?(?:like|as if|as though)`;
/** What a numb part is likened to: "an injection at the dentist", "after a local anaesthetic". */
const LIKE_NUMB = rx`(?:(?:they|it|i|you)(?:'?ve| have|'?s| has|'?re| are| had)? (?:had|been|got) )?${alt`
  (?:an?_)?(?:dentist(?:'?s)?_|local_)?(?:injection|anaesthetic|anesthetic|novocaine|jab)
  (?:been_)?(?:injected|frozen|numbed|anaest?heti[sz]ed|anesthetized) (?:made_of_)?(?:rubber|cardboard|cotton_wool|wood)
  (?:an?_)?(?:blocks?|lumps?)_of_(?:ice|wood)
`}`;
/** Walking on something soft: the feet do not feel the ground. */
const SOFT_GROUND = alt`cotton_wool clouds? pillows? sponges? cushions? marshmallows? air`;
/** Non-native and texting forms of "can't feel": "I feel not my bottom", "i no feel it". */
const FEEL_NOT = alt`feel(?:ing)?_not (?:i_)?no_feel not_feel(?:ing)?`;
/** Where pee is not meant to go: "in bed", "in my sleep", "on myself". */
const WHERE_NOT_A_TOILET = alt`
  in_(?:the_|my_)?(?:bed|sleep|pants|trousers|clothes|jeans|underwear) on_myself
  without_(?:knowing|realising|realizing|noticing|feeling_it)
`;
const BELLY = alt`stomach belly tummy tum abdomen abdominal gut guts midriff belly_button navel`;
const ACHE = alt`
  pain(?:s|ful)? hurt(?:s|ing)? ach(?:e|es|ing|y) sore tender cramp(?:s|ing|y)? throb(?:s|bing)? pulsing
  pulsating stabbing killing
`;
const ROUND = alt`round around front wraps? through`;
const SPREADS = alt`goes going wraps? spreads? comes? moves?`;
const A_BIT = rx`(?:(?:a bit|a little|slightly|some|sometimes) )?`;
const NUMB = alt`
  numb(?:ness)? tingl(?:e|es|ed|ing|y) dead(?:ness)? asleep pins_(?:and|&|n)_needles no_feeling zero_feeling
  (?:lost|losing|less|reduced|no|zero|little)_(?:the_|all_|any_|my_)?(?:feeling|sensation)
  frozen like_(?:a|an)_(?:dentist(?:'?s)?_)?(?:injection|anaesthetic|anesthetic) novocaine injected
  (?:at|by)_the_dentist anaest?heti[sz]ed cotton_wool (?:like_)?(?:rubber|cardboard|wood) anesthetized
  (?:gone|went|goes|go|going|fallen|fell|falls)_(?:to_)?sleep
`;
/** The saddle area in everyday words; "bottom of my back" is the back, not the saddle. */
export const SADDLE = alt`
  down_there down_below between_(?:my_|the_|your_|his_|her_)?legs groin genitals? privates private_(?:parts|area|bits) crotch
  (?:bum|butt)_cheeks? bum butt buttocks? backside bottom(?!_of) arse ass anus perineum taint inner_thighs? butt_?hole bum_?hole arse_?hole
  peri(?:anal|neal)(?:_(?:area|region|skin))?
  where_my_(?:underwear|pants|knickers|boxers|briefs)_(?:touch|cover|sit)\w*
  saddle(?:_area)? bits_(?:i'?d|you)_sit_on bike_saddle vagina penis willy scrotum nether_regions
  back_passage bit_(?:you'?d|i'?d|you|i)_sit_on lady_?(?:parts|bits|garden) (?:my|the|his|her)_bits dick cock balls(?!_of) nuts fanny
  vag vajayjay front_bottom hoo-?ha testicles? clit(?:oris)? labia vulva undercarriage nethers family_jewels todger old_fella little_fella manhood man_bits
  between_(?:my_|the_)?(?:bum_|butt_)?cheeks rear(?:_end)? pelvic_(?:area|region|floor) sit(?:ting)?_bones junk
  (?:(?:the_)?(?:bits?|parts?|area|spot|place)_)?(?:where|that)_(?:i|you|we|one|he|she|they)_sits?(?:_on)?
  (?:bits?|parts?|area)_(?:i|you|he|she)_sits?_on
`;
const LEGS = alt`legs? feet foot toes? thighs? calf calves knees? ankles? shins?`;
/** Between a numbness and a place: never a leg, nor "and my" that starts the next item ("legs tingle and his balls"). */
const NOT_A_NEW_ITEM = rx`${LEGS}|(?:and|or)(?= (?:my|his|her|the|their)\b)`;
const WIPING = alt`
  (?:toilet_)?paper wip(?:e|ed|es|ing) toilet_(?:tissue|roll) when_i_wipe clean(?:ing)?_myself (?:toilet|loo)_seat
`;
const PEE = alt`pee peeing wee weeing urine urinate urinating piss pissing stream flow bladder waterworks`;
const LEAK = alt`leak(?:ed|ing|s)? dribbl(?:e|ed|es|ing) wet trickl(?:e|ed|ing) peed wee'?d pissed`;
const COUGH = alt`cough(?:ed|ing)? sneez(?:e|ed|ing) laugh(?:ed|ing)?`;
const WIPED = alt`wip(?:e|ed|es|ing)`;
const UNNOTICED = alt`
  without_(?:noticing|knowing|realising|realizing|feeling|meaning_to|waking(?:_up)?) (?:didn'?t|did_not)_(?:notice|feel|realise|realize|know)
  before_i_(?:knew|noticed|could) when_(?:i|he|she|they)_(?:don'?t|doesn'?t|didn'?t)_(?:know|notice|realise|realize|feel_it)
`;
/** Not a leak of poo: "leaking a little poo into my pants" is the bowel's. */
const NOT_POO = rx`(?! (?:a (?:little|bit|tiny bit) (?:of )?|some |bits of )?(?:poo|poop|stool|faeces|feces|bowel))`;
const LITTLE_COMES_OUT = alt`
  hardly_(?:anything|any) barely_(?:anything|any) nothing not_much very_little only_a_(?:little|trickle|dribble)
`;
/** Non-native "can't": "i no can pee", "i not can". */
const NO_CAN = alt`no_can not_can`;
const PUSH = alt`(?:have|had|need|needing)_to_(?:push|strain|force_it) push(?:ing)?_(?:and_push(?:ing)?)? straining`;
/** Having to push: "I have to really push", "gotta strain". */
const MUST = alt`have_to had_to having_to need_to needing_to got_to gotta must`;
const PUSHING = alt`push(?:ing)? strain(?:ing)? forc(?:e|ing)_it bear(?:ing)?_down concentrat(?:e|ing) focus(?:ing)?`;
/** A word for urine or peeing, whatever its form. */
const PEE_WORD = alt`pee(?:ing)? wee(?:ing)? urin(?:e|ate|ating) piss(?:ing)? stream flow bladder pipi`;
/** Peeing that does not get going: "it just won't start", "got nothing". */
const WONT_START = alt`
  (?:won'?t|wouldn'?t|doesn'?t|didn'?t|will_not|does_not|not|no)_(?:start|come|flow|get_going|come_out|coming)
  (?:got|get|getting)_nothing nothing_(?:comes?|came|happens|happened|there)
`;
/** A thin or slow stream: "my flow is a trickle", "weeing is really slow". */
const THIN_STREAM = alt`(?:just_)?(?:a_)?(?:(?:little|tiny|small)_)?(?:trickles?|dribbles?|drips?) slow weak`;
/** What pushing is for: "to get it going", "to empty my bladder". */
const PUSHED_OUT = alt`get_(?:it|the_pee|the_wee|any_pee|any_wee|the_urine)_(?:going|started|out|to_come) empty`;
/** Said in a sentence about peeing or the toilet: "sat on the loo ages before anything came out". */
const AFTER_TOILET = rx`\b(?<=\b(?:pee|wee|urinate|peeing|weeing|bladder|toilet|loo|bathroom)\b[^.;!?\n]{0,60})`;
/** What is not felt when the bladder has lost its feeling: "can't feel myself peeing", "the flow". */
const PEE_FELT = alt`
  myself_(?:pee|wee|urinat)\w* myself_go(?:ing)?_(?:to_the_(?:toilet|loo|bathroom)_)?(?:for_a_)?(?:pee|wee)
  the_(?:flow|stream|pee|wee|urine) when_(?:i'?m|he'?s|she'?s)_(?:peeing|weeing|urinating)
  (?:if|when|whether)_i(?:'?ve|_have|'?m)?_(?:finished|done)_(?:peeing|weeing|urinating|a_wee|a_pee)
  (?:if|whether)_(?:i|he|she)_(?:'?m|am|was|is|'?s)_(?:peeing|weeing|urinating)
  (?:it|the_pee|the_wee|urine)_(?:come|coming)_out (?:whether|if|when)_(?:anything|something|it|any)_(?:is_|'s_)?(?:coming|comes)_out
`;
/** Only a little: "only a tiny bit", "just a few drops". */
const A_LITTLE = alt`
  (?:only|just)_(?:a_)?(?:tiny_|little_|small_|few_)?(?:bits?|amounts?|trickles?|dribbles?|drops?)
  hardly_anything barely_anything nothing not_much very_little
`;
const ODD = alt`odd weird funny strange numb different off wrong playing_up not_right`;
/** A few minutes, however written: "5 minutes", "a few mins", "ten seconds". */
const MINUTES = rx`(?:\d+|a few|few|several|two|three|four|five|ten) (?:min(?:ute)?s?|secs?|seconds)`;
/** Peeing slow to start: "takes ages to get going". */
const SLOW_START = alt`
  slow_to_(?:start|get_going|come) takes?_(?:ages|forever|a_(?:long_)?while|longer|a_long_time)_to_(?:start|get_going|come)
  (?:takes?|took|taking)_(?:me_)?(?:like_|about_|around_|a_good_|over_|at_least_)?${MINUTES}_to_(?:start|get_going|come|get_started)
  hesitan(?:t|cy)
`;
const PEEING = alt`
  pee(?:ing|d)? wee(?:ing|d)? urinat(?:e|ing|ed) stream flow pass(?:ing|ed)?_(?:urine|water) make_(?:urine|pee|wee|water)
  do_(?:a_)?(?:pee|wee)
`;
/** "I don't pee blood", "don't pee as much": said of what or how much, not of being able to. */
const NOT_AMOUNT = rx`(?! (?:blood|as much|more|less|often|much|at night|myself))`;
const NOT_NOTICED = alt`
  (?:didn'?t|did_not|couldn'?t|without)_(?:feel(?:ing)?|notic(?:e|ing)|realis(?:e|ing)|realiz(?:e|ing))
`;
/** Ways of saying "pee" that non-native speakers use ("not able to make urine"). */
const PEE_ALSO = alt`make_(?:urine|pee|wee|water) do_(?:a_)?(?:pee|wee) pass(?:ing)?_(?:urine|water)`;
/** Said of peeing named just before: "I need to pee but it won't come" (the match starts at "it"). */
const AFTER_PEE = rx`\b(?<=\b(?:pee|wee|urinate|peeing|weeing|bladder)\b[^.;!?\n]{0,40})`;
const WONT_COME = alt`won'?t wouldn'?t doesn'?t will_not does_not didn'?t`;
/** Not having the urge: "no", "lost the", "no longer get the". */
const NO_URGE = rx`(?:no |lost (?:the |my )?|lack of |(?:don'?t|no longer) (?:get|have|feel) (?:the |an? |any )?)`;
/** Underwear, which a leak makes damp: "my knickers were damp". */
const UNDERWEAR = alt`knickers pants underwear undies boxers briefs`;
/** What one needs when the bladder is full: "the loo", "a wee". */
const NEED_LOO = rx`(?:the (?:loo|toilet|bathroom|restroom)|a (?:wee|pee|piss|slash))`;
/** Whatever makes peeing happen: the urge, the feeling of needing to go. */
const URGE = alt`urge (?:feeling|sensation|need)_(?:that_i_need|of_needing|to_go|i_need)`;
/** Said to be urine, shortly after: "an accident in my knickers, just wee". */
const WAS_WEE = rx`[^.;!?\n]{0,60}\b(?:wee|pee|urine|piss)(?:d|ed)?\b`;
const WAS_POO = rx`[^.;!?\n]{0,60}\b(?:poo|poop|number two|bowels?)\b`;
/** Not telling a wee from a poo: both the bladder's and the bowel's feeling are gone. */
const NOT_TELLING_APART = rx`\b${NOT_ABLE} (?:tell|feel|know|sense) (?:the )?difference between(?=${WAS_WEE})(?=${WAS_POO})`;
/** Said of the sex named shortly before: "sex feels different, can't feel anything during it". */
const AFTER_SEX = rx`\b(?<=\b(?:sex|intercourse|making love)\b[^.;!?\n]{0,60})`;
/** Said of a bowel movement named shortly before: "when I need a poo, it just comes out". */
const AFTER_POO = rx`\b(?<=\b(?:poo|poop|number two|bowels?|stool)\b[^.;!?\n]{0,40})`;
/** A drop of urine: "couldn't get a drop out". */
const A_DROP = alt`a_drop a_single_drop a_thing anything any_(?:pee|wee|urine) it`;
/** "problems with my", "trouble going for a": what comes before a bowel word. */
const POO_WITH = rx`(?:with |going for |doing |having )?(?:my |a )?`;
/** "the pee will start", "the stream comes". */
const URINE_STARTS = rx`(?:pee|wee|urine|stream|flow) (?:will |would )?(?:come|start|flow|get going)s?`;
/** Without the person's doing: "without warning", "on its own". */
const BY_ITSELF = rx`(?:without (?:any )?warning|on (?:its|their) own|by (?:itself|themselves))`;
/** Not in a sentence about the bowels: "my bowels have gone funny, I can't tell when I need to go". */
/** Checked only where a word starts: a look back run at every letter costs more than all the rest. */
/** The bowel and opening it: "bowels", "pooing", "number two", "constipated". */
export const BOWEL_WORD = rx`(?:bowels?|poo\w*|poop\w*|number twos?|constipat\w*)`;
const NOT_AFTER_BOWELS = rx`\b(?<!\b${BOWEL_WORD}\b[^.;!?\n]{0,60})`;
/** Going for a pee: "go to the loo", "a wee", "peeing". */
const GOING = rx`(?:go to the (?:loo|toilet|bathroom)|pee|wee|peeing|weeing)`;
const TOILET = alt`toilet loo bathroom restroom lav loos`;
const POO = alt`poo poop poos number_two bowel_movement bowels? stool faeces feces`;
const ACCIDENT = alt`accidents? mess messed soiled`;
/** "temperature" as a finding, not the start of a reading ("a temperature of 37", "temp was normal"). */
const TEMPERATURE = rx`temp(?:erature)?\b(?! (?:of|is|was|check|normal|reading))`;
const FOOT = alt`toes? foot feet ankle`;
const CATCHES = alt`catch(?:es|ing)? caught drag(?:s|ged|ging)? scuff(?:s|ed|ing)? slap(?:s|ping)? flop(?:s|ping)?`;
const WORKS = alt`work(?:ing)? respond(?:ing)? get_hard stand_up`;
/** "doesn't", "hasn't been", "isn't": something stopped working. */
const NOT_WORKING = rx`${alt`doesn'?t won'?t isn'?t wasn'?t hasn'?t haven'?t does_not will_not has_not`}(?: been)?`;
export const DURING_SEX = alt`
  (?:during|when|while|with)_(?:\w+_)?(?:sex|intercourse|mak(?:e|ing)_love|ha(?:ve|ving)_sex|(?:are|were|get)_intimate|sleep_together)
`;
/** Said of the legs named just before: "my legs belong to someone else, can't control them". */
/** How numb legs feel: "like they're asleep", "made of cotton wool". */
const FELT_NUMB = alt`asleep dead numb frozen (?:made_of_)?(?:cotton_wool|rubber|wood|cardboard) (?:blocks?|lumps?)_of_(?:wood|ice)`;
/** Not the place between the legs: "the area between my legs feels numb" is the saddle. */
const NOT_BETWEEN = rx`(?<!\bbetween (?:my |the |his |her )?)`;
/** Vague words before what a leg feels like: "feel weird, kind of dead", "feel sort of asleep". */
const VAGUELY = rx`(?:${alt`weird funny strange odd off wrong`},? )?(?:${alt`kind_of sort_of kinda sorta a_bit almost all`} )?`;
/** "like they're made of", "it's": what comes before how a leg feels. */
const LIKE_THEY = rx`(?:like )?(?:(?:they'?re|it'?s|they are|it is) )?(?:made of )?`;
const AFTER_LEGS = rx`\b(?<=\blegs\b[^.;!?\n]{0,60})`;
const IN_CHEST = alt`
  (?:in|on|across|around|through)_(?:the_|my_)?(?:(?:middle|centre|center|left_side|left|right)_(?:of_)?(?:my_|the_)?)?chest
`;
const HEAVY_HIT = alt`tackled? tackles smashed clattered flattened crunched crushed hit_hard sacked`;
/** Where a heavy hit is a collision: "took a big hit at footy". */
const CONTACT_SPORT = alt`tackle rugby football footy league hockey match game scrum ruck practice`;
const VEHICLE = alt`
  car van lorry truck bus vehicle taxi cab motorbike motorcycle moped jeep suv quad(?:_bike)? atv tractor ute
  4wd 4x4 pick-?up(?:_truck)? buggy
`;
/** What a rider comes off: "came off his pushbike". */
const RIDING = alt`
  motorbike motorcycle (?:push_?|e-?|mountain_|road_|dirt_|trail_|pedal_)?bike bicycle horse pony quad(?:_bike)? scooter moped bmx
`;
/** What the person was in or on when hit: "a lorry hit my car". */
const RIDDEN = alt`car van bike motorbike motorcycle scooter moped truck`;
const CRASH_SITE = alt`motorway highway freeway interstate road tree wall lamp_?post barrier`;
const RAMMED = alt`went ran drove ploughed plowed slammed smashed crashed ran ploughed rammed piled hit`;
/**
 * Cannot, however it is said: "can't", "unable to", "haven't been able to", "I've not been able to", "wasn't able
 * to", "no longer able to". The denial inside it belongs to the words, so it never denies the sign.
 */
const NEGATED_ABLE = alt`(?:have|has)n'?t (?:have|has|'ve|'s)_not (?:was|were)n'?t (?:was|were|am|'m|is|are)_not not no_longer`;
export const CANT = rx`(?:can'?t|cannot|can not|couldn'?t|unable to|${NEGATED_ABLE} (?:been |be )?able to)`;
export const HEIGHT = alt`\d+(?:[.,]\d)? two three four five six seven eight nine ten twelve fifteen twenty`;
export const HEIGHT_UNIT = alt`feet ft foot metres meters metre meter m storeys? stories floors?`;
/** Words that make a height a guess and leave it a height: "roughly 2 metres", "at least 10 ft". */
export const APPROXIMATELY = alt`about around roughly approximately nearly almost over like maybe some at_least more_than ~`;
const FELL_OR_LANDED = alt`fell fall(?:en|ing)? landed dropped jumped came_down slipped tumbled`;
const LEGS_BOTH = alt`
  both_(?:of_)?(?:my_)?(?:legs?|thighs|knees) (?<!between_)my_legs (?<!between_(?:my_|the_|your_|his_|her_)?)legs either_leg my_knees
`;
const LEG_ONE = alt`(?:my_|the_|one_)?(?:left_|right_)?(?:leg|knee|foot)`;
const GIVES = alt`
  weak(?:er|ness)? heavy_and_weak giv(?:e|es|ing)_(?:out|way) gave_(?:out|way) buckl(?:e|es|ed|ing) jelly
  (?:fold|crumpl)(?:e|es|s|ed|ing)?(?:_under_me)?
  wobbly floppy like_(?:jelly|lead|noodles|spaghetti)
`;
/** A leg that no longer does its job: "my left leg just isn't working right". */
const STOPPED_WORKING = rx`${alt`isn'?t is_not aren'?t are_not not stopped has_stopped have_stopped`} working${alt`
  _right _properly _at_all _like_(?:it|they)_should
`}?`;
const WONT_HOLD = alt`
  (?:won'?t|can'?t|don'?t|doesn'?t|wouldn'?t)_(?:take|hold|bear|support|carry)_(?:my_weight|the_weight|weight|me_up|me)
  (?:won'?t|don'?t|doesn'?t|wouldn'?t)_(?:want_to_)?(?:do_what_i_(?:tell|want|ask)|work(?:_properly)?|respond|cooperate|obey|listen)
`;

export const EVERYDAY_EN: readonly LexiconPattern[] = [
  // Belly: "a deep ache in the middle of my stomach", "round to the front of my tummy", "my stomach hurts too".
  {
    fact: "abdominalPain",
    re: anyOf(
      together(rx`\b${ACHE}`, rx`${BELLY}\b`, 5),
      near(rx`\b${ROUND}`, rx`${BELLY}\b`, 4),
      rx`\b${SPREADS} (?:round|around) (?:to )?(?:the |my )?front\b(?! of (?:my |the )?${LEGS})`,
      rx`\b${ACHE}\b${span(40)}\b(?:and|plus|also|&) (?:also )?${A_BIT}(?:in |into )?(?:my |the )?${BELLY}\b(?! (?:is|feels|are) (?:fine|ok))`,
      near(rx`\b${ACHE}`, rx`(?:back and (?:the |my )?front|front and (?:the |my )?back)\b`, 4),
    ),
  },

  // Saddle area: "can't really feel the paper when I wipe", "numb around my private parts".
  {
    fact: "saddleNumbness",
    re: anyOf(
      near(near(rx`\b${NOT_ABLE}`, rx`feel(?:ing)?`, 2), rx`${WIPING}\b`, 5),
      near(rx`\b${NUMB}`, rx`${SADDLE}\b`, 4, NOT_A_NEW_ITEM),
      // Room for a hedge before the numbness: "my bits feel a bit weird and numb".
      near(rx`\b${SADDLE}(?:'s)?`, rx`${NOT_LISTED}${NUMB}\b`, 5, LEGS),
      near(
        rx`\b(?:feeling|sensation) (?:in|around|of|down|near|at) (?:my |the |his |her )?${SADDLE}`,
        rx`${ODD}\b`,
        4,
      ),
      rx`\b${SADDLE}(?:'s)? ${ANY_WORD}${FEELS_LIKE} ${LIKE_NUMB}\b`,
      // "numbness going round from my buttocks to between my legs".
      rx`\b${NUMB}\b ${alt`going goes spreading spreads spread moving runs running`}${skip(0, 4)} ${alt`
        from to into round around over across
      `} (?:my |the )?${SADDLE}\b`,
      // "not really have much feeling in your lady garden": the denial is the sign.
      rx`\b(?:not|don'?t|doesn'?t|no longer) (?:really )?(?:have|got|get) (?:much |any )?(?:feeling|sensation) ${alt`
        in around down of
      `} (?:my |your |the |his |her )?${SADDLE}\b`,
      near(
        rx`\b${SADDLE}`,
        rx`(?:feels?|felt) like (?:it'?s|they'?re|it is|they are) (?:not mine|someone else'?s)\b`,
        3,
      ),
      near(
        rx`\b${WIPING}`,
        near(
          rx`${NOT_ABLE}`,
          rx`(?:feel(?:ing)?|tell|sense) (?:a thing|anything|much|it|the (?:toilet )?paper|if|whether)`,
          2,
        ),
        4,
      ),
      near(rx`\b${FEEL_NOT}`, rx`${SADDLE}\b`, 3, LEGS),
      near(rx`\b(?:no|zero|lost|less|reduced|without) (?:feeling|sensation)`, rx`${WIPING}\b`, 4),
      near(rx`\bwip(?:e|es|ing)`, rx`(?:feels?|felt) ${ODD}\b`, 3),
      // "when I wipe it feels like it's not my skin", "sitting on the loo it feels numb".
      near(
        rx`\b(?:wip(?:e|es|ing)|(?:sit|sitting|sat) (?:down )?on the (?:toilet|loo|seat))`,
        rx`(?:${NUMB}|(?:not|isn'?t|wasn'?t) (?:my|mine|there)|someone else'?s)\b`,
        8,
      ),
    ),
  },
  // Not feeling the saddle, unless it is the feeling during sex ("I barely feel anything down below during it").
  {
    fact: "saddleNumbness",
    re: anyOf(
      near(near(rx`\b${NOT_ABLE}`, rx`feel`, 2), rx`${SADDLE}\b`, 5, LEGS),
      near(rx`\b${NOT_ABLE} feel (?:anything|nothing|much|a thing)`, rx`${SADDLE}\b`, 3, LEGS),
    ),
    yieldsTo: ["sexualDysfunction"],
  },
  {
    fact: "saddleNumbness",
    value: false,
    negated: null,
    confidence: 0.8,
    re: anyOf(
      rx`\bcan (?:still )?feel (?:the )?(?:toilet )?paper (?:fine|normally|ok|okay|as normal|when i wipe)\b`,
      rx`\b(?:feeling|sensation) (?:(?:in|around) (?:my |the )?)?${SADDLE} (?:is |feels )?(?:normal|fine|ok|okay)\b`,
      rx`\b${SADDLE} (?:feels?|felt) (?:completely |totally |perfectly )?(?:normal|fine|ok|okay)\b`,
    ),
  },

  // Bladder: "leaked a bit without noticing", "hardly anything comes out, I have to push".
  {
    fact: "bladderChange",
    re: anyOf(
      near(rx`\b${LEAK}${NOT_POO}`, rx`${UNNOTICED}\b`, 4),
      near(rx`\b(?:pee|wee|urine) ${ANY_WORD}(?:comes?|coming|came) out`, rx`${UNNOTICED}\b`, 4),
      rx`\b${LITTLE_COMES_OUT} ${ANY_WORD}(?:comes?|came|coming) out\b`,
      rx`\b${PEE}\b${span(60)}\b${PUSH}\b`,
      rx`\b${PUSH}\b${span(30)}\b(?:to|when i|for a) (?:pee|wee|urinate|go for a (?:pee|wee))\b`,
      rx`\b(?:weak|slow|poor|thin|feeble) (?:urine |pee |wee )?(?:stream|flow)\b`,
      near(rx`\bbladder`, rx`${ODD}\b`, 3),
      rx`\b(?:can'?t|cannot|couldn'?t|don'?t) (?:tell|feel|sense|know) (?:when|if|whether) (?:it'?s|i'?m|my bladder(?: is)?) full\b`,
      rx`\b${NOT_ABLE} (?:tell|feel|sense|know) (?:when|if|whether) (?:my |the )?bladder${saidOf(alt`is`)}(?:needs? emptying|filling|full)\b`,
      rx`\bi(?:'ve| have|'d| had)?${skip(0, 1)} (?:leak|leaked|dribble|dribbled)\b(?! (?:blood|fluid|oil|water))`,
      rx`\b(?:can'?t|couldn'?t|didn'?t) (?:tell|feel|notice) (?:that )?i (?:needed|had) to (?:go|pee|wee)\b`,
      rx`\baccidents? (?:with|from) (?:my )?bladder\b`,
      near(
        rx`\b${NOT_ABLE}`,
        rx`(?:pee|wee|urinate|pass (?:urine|water)|empty (?:my |the )?bladder)\b${NOT_AMOUNT}`,
        2,
      ),
      near(rx`\b(?:pee|wee|urine|stream|piss)`, rx`(?:leak(?:s|ed|ing)?|dribbl\w+|trickl\w+)\b`, 2),
      near(rx`\b${NOT_ABLE}`, rx`${PEE_ALSO}\b`, 2),
      rx`\b${NO_CAN} (?:pee|wee|urinate|piss)\b`,
      near(
        rx`\b(?:${NOT_ABLE}|no|lost|losing|loss of)`,
        rx`control (?:of |over )?(?:my )?(?:bladder|pee|urine|wee)\b`,
        1,
      ),
      rx`${AFTER_PEE}\b(?:it|nothing|pee|wee|urine) ${WONT_COME} (?:come|come out|start|flow|happen)\b`,
      rx`${AFTER_PEE}\b${NOT_ABLE} (?:go|do it|get it out|get it going|hold (?:it|it in|on))\b`,
      rx`\b${LEAK}\b${span(40)}\b${NOT_NOTICED} (?:it|a thing|anything)\b`,
      rx`\bkeep (?:on )?(?:leaking|dribbling|wetting (?:myself|the bed))\b`,
      rx`\bbladder (?:won'?t|doesn'?t|isn'?t|never|not) (?:fully |properly )?empt(?:y|ies|ying)\b`,
      near(
        rx`\b(?:stream|flow)`,
        rx`(?:is |has been |'s )?(?:slow|weak|poor|thin|feeble|stop(?:s|ping)? and start(?:s|ing)?|stop-start)\b`,
        2,
      ),
      rx`\b(?:lost|losing|no|reduced|loss of) (?:bladder|urinary) (?:sensation|feeling)\b`,
      rx`\b(?:(?:have|having|need|needing) to go|keep going)\b${span(20)}\b(?:nothing|hardly anything|not much) (?:comes|came)\b`,
      rx`\b(?:lost|losing|no) (?:feeling|sensation) when (?:i'?m |i am |i )?(?:having a |doing a )?${GOING}\b`,
      near(rx`\b${PEEING}`, rx`${SLOW_START}\b`, 3),
      rx`\b${SLOW_START} (?:to )?(?:start )?${PEEING}\b`,
      rx`${AFTER_TOILET}${SLOW_START}\b`,
      rx`\b(?:haven'?t|hasn'?t|have not|not|didn'?t|did not) (?:been able to |had a |done a |been for a )?${PEEING} (?:since|all|for|in)\b`,
      rx`\bno (?:pee|wee|urine|peeing|weeing)\b(?= since| for| all| in| at all)`,
      rx`\bnothing (?:comes (?:out )?|happens )?when i (?:try|go|want) to ${PEEING}\b`,
      near(rx`\b${LEAK}`, rx`(?:when|if|as|every time) i ${COUGH}\b`, 4),
      near(rx`\b${PEEING}`, rx`(?:is|feels?|has been|been|seems?|gone)(?: \w+)? ${ODD}\b`, 2),
      rx`\b${TOILET}\b${span(20)}\b(?:couldn'?t|could not|can'?t|cannot) (?:go|do anything|pee|wee)\b`,
      rx`\b${NO_URGE}${URGE}\b(?!${span(25)}\b(?:${BOWEL_ACT}|poo|poop|bowels?|number two)\b)(?:${span(25)}\b(?:pee|wee|go|urinate)\b)?`,
      rx`\b(?:didn'?t|did not|never) (?:realise|realize|notice|know|feel)\b${span(15)}\b(?:wet|peed|wee'?d|leaked|pissed) (?:myself|the bed|my)\b`,
      rx`\bnothing (?:would|will|wants to) come out\b`,
      // An accident said plainly: "passed urine in bed", "peed in my sleep".
      rx`\b(?:passed|passing|peed|wee'?d|pissed|urinated|pee'?d) (?:urine |water )?(?:${WHERE_NOT_A_TOILET})\b`,
      near(rx`\b(?:bladder|waterworks)`, rx`${ODD}\b`, 4),
      near(rx`\b${PEE_WORD}`, rx`(?:it )?${WONT_START}\b`, 5),
      together(rx`\b(?:flow|stream|pee|wee|weeing|peeing|urine)`, rx`${THIN_STREAM}\b`, 3),
      near(near(rx`\b${MUST}`, rx`${PUSHING}`, 2), rx`${PUSHED_OUT}\b`, 4),
      near(rx`\b(?:${NOT_ABLE}|don'?t seem to|never)`, rx`empty (?:my |the )?bladder\b`, 5),
      near(rx`\b${NOT_ABLE}`, rx`go (?:for )?(?:a )?(?:wee|pee|piss|slash)\b`, 2),
      rx`(?<!\bbowels? (?:have |has )?)\b(?:i'?ve been|i have been|i'?m|been|started) ${ANY_WORD}(?:leaking|dribbling|wetting (?:myself|the bed))\b${NOT_POO}`,
      near(
        rx`\b${PEE_WORD}`,
        rx`(?:press|push)(?:ing)? on (?:my )?(?:lower |low )?(?:belly|tummy|stomach|bladder|abdomen)\b`,
        8,
      ),
      rx`\b(?:press|push)(?:ing)? on (?:my )?(?:lower |low )?(?:belly|tummy|stomach|bladder|abdomen) to (?:${PUSHED_OUT}|pee|wee|go)\b`,
      rx`\bhours without (?:peeing|weeing|a wee|a pee|urinating|passing urine|going to the ${TOILET})\b`,
      near(
        rx`\b${NOT_ABLE}`,
        rx`(?:feel|get|have|notice) (?:the |any |an )?(?:need|urge)\b(?! to (?:move|stretch|sit|lie|walk))`,
        2,
      ),
      near(rx`\bbladder`, rx`(?:doesn'?t|does not|never|don'?t) feel ${ANY_WORD}full\b`, 3),
      rx`${AFTER_TOILET}\b${NOT_ABLE} hold (?:it|it in|on)\b`,
      near(
        rx`\b(?:change|changing|changed) (?:my )?(?:underwear|pants|knickers|boxers)`,
        rx`(?:pee|wee|urine)\b`,
        5,
      ),
      near(near(rx`\b${MUST}`, rx`${PUSHING}`, 2), rx`${PEE_WORD}\b`, 5),
      rx`${AFTER_PEE}\b${A_LITTLE}(?: \w+)? (?:comes?|came|coming|happens|happened|will come)\b`,
      rx`${AFTER_TOILET}\b${alt`ages forever a_long_time an_age`} (?:before|until|till) ${alt`
        anything it something any_(?:pee|wee|urine) the_(?:pee|wee|urine)
      `} (?:came|comes|would come|started|starts|happens|happened)\b`,
      rx`${AFTER_TOILET}\b(?:haven'?t|hasn'?t|not|never|didn'?t|don'?t) (?:fully |properly |completely |really )?empt(?:ied|y|ying)\b`,
      rx`\b(?:the )?urge(?: to (?:pee|wee|go|urinate))?(?: \w+){0,2} (?:isn'?t there|is gone|has gone|'s gone|went away|disappeared|vanished)\b`,
      rx`${NOT_AFTER_BOWELS}${near(rx`\b(?:${NOT_ABLE}|${FEEL_NOT})`, rx`(?:feel|sense|notice)? ?${PEE_FELT}\b`, 3)}`,
      rx`${AFTER_PEE}\b${NOT_ABLE} (?:feel|sense|notice|tell) (?:when|if|that) i'?m (?:going|doing it)\b`,
      near(
        rx`\b(?:bladder|urine|pee|wee)`,
        rx`(?:is |keeps |has been |'s )?(?:leak(?:s|ed|ing)?|dribbl\w+)\b`,
        3,
      ),
      rx`${AFTER_PEE}\b(?:it|urine|pee|wee) (?:just |kind of |sort of )?(?:dribbl|leak|trickl)\w* out\b`,
      rx`${AFTER_PEE}\b(?:with )?(?:no|zero) control\b`,
      rx`${AFTER_TOILET}\b(?:it'?s |it is |it |the (?:stream|flow) (?:is )?)?${ANY_WORD}${alt`
        stop[-_]start(?:s|ing)? stops?_and_starts? stopping_and_starting
      `}\b`,
      rx`\b(?:urine|pee|wee) ${ANY_WORD}(?:comes?|came|coming) (?:out )?(?:alone|by itself|on its own|without me)\b`,
      rx`\b${NOT_ABLE} control (?:my )?(?:toilet|toileting|peeing|weeing)\b`,
      rx`\b${NOT_ABLE} go\b${span(40)}\bbladder ${ANY_WORD}(?:full|bursting)\b`,
      rx`\bbladder ${ANY_WORD}(?:full|bursting)\b${span(40)}\b(?:${NOT_ABLE} go|nothing comes?)\b`,
      rx`\b(?:didn'?t|did not|couldn'?t) make it to the ${TOILET}\b${span(30)}\b(?:pee|wee|wet|urine)\b`,
      rx`\b${UNDERWEAR} (?:were|was|are|is|got|felt|feel) (?:a bit |slightly |all |really |a little )?(?:damp|wet|soaked|soggy)\b`,
      rx`\bbladder(?:'s| has| is|'s been)? (?:just )?${alt`
        forgotten_how_to_work stopped_working given_up packed_up not_working shut_down switched_off
      `}\b`,
      rx`\b(?:no|lost (?:the )?|zero) (?:feeling|sensation|sense) (?:of |when |that |if )?(?:my )?bladder(?: is|'s)? (?:full|filling)\b`,
      near(rx`\b${NOT_ABLE}`, rx`go when i (?:need|want|have) to (?:pee|wee|go)\b`, 2),
      rx`${NOT_TELLING_APART}`,
      rx`${AFTER_TOILET}\bwhen i (?:try|go|sit)\b(?: to (?:go|pee|wee))?,? (?:nothing|hardly anything|not much)\b(?! (?:wrong|else|to worry))`,
      rx`${AFTER_TOILET}\b(?:it |my bladder |bladder )?(?:never|doesn'?t|does not|don'?t) (?:feels?|seems?) ${ANY_WORD}${alt`
        finished empty emptied done
      `}\b`,
    ),
  },
  {
    fact: "bladderChange",
    value: false,
    negated: null,
    confidence: 0.8,
    re: anyOf(
      rx`\bnothing wrong with (?:my )?(?:waterworks|bladder|peeing)\b`,
      rx`\bwaterworks (?:are |is )?(?:all |totally |completely |perfectly )?(?:fine|ok|okay|normal)\b`,
      rx`\b(?:go|goes|going|went) to the ${TOILET} (?:normally|fine|ok|okay|as normal|as usual)\b`,
      rx`\b(?:pee|wee|urine|peeing|weeing|bladder control)${saidOf(alt`is are`)}(?:normal|fine|ok|okay)\b`,
      rx`\bi (?:pee|wee|urinate) (?:normally|fine|ok|okay|as usual)\b`,
    ),
  },
  {
    fact: "bladderChange",
    confidence: 0.75,
    re: rx`\b(?:problems?|issues?|trouble) (?:with )?(?:my )?(?:waterworks|peeing|weeing|wee|pee|urinating|passing (?:water|urine))\b`,
  },

  // Bowel: "had an accident (number two)", "can't feel when I'm going to have a bowel movement".
  {
    fact: "bowelIncontinence",
    re: anyOf(
      rx`\b${ACCIDENT} (?:in|with) (?:my )?(?:pants|trousers|underwear|knickers|bowels?)\b(?!${WAS_WEE})`,
      rx`\b(?:soil(?:ed|ing)?|mess(?:ed|ing)?) (?:${SELF}|${OWN} (?:pants|trousers|underwear|bed))\b`,
      rx`\b(?:the runs|diarrh(?:o)?ea|poo|poop)\b${span(20)}\b(?:can'?t|cannot|couldn'?t) hold (?:it|it in)\b`,
      near(
        rx`\b(?:can'?t|cannot|couldn'?t|don'?t|didn'?t|doesn'?t|does not) (?:feel|tell|sense|notice)`,
        rx`${POO}\b`,
        6,
      ),
      near(rx`\b${POO}`, rx`(?:can'?t|cannot|don'?t) (?:feel|sense) the urge\b`, 4),
      near(
        rx`\b(?:poo|poop|stool|faeces|feces|motions?|number twos?)`,
        rx`(?:comes?|came|coming|leaks?|leaked|leaking|slips?|slipped|slipping) out\b`,
        3,
      ),
      rx`\b(?:leak\w*|accidents?|mess|soiling) (?:from|of|in) (?:my )?(?:back passage|anus|rectum|bum|bottom)\b`,
      rx`\bleak(?:s|ed|ing)? (?:a (?:little|bit|tiny bit) (?:of )?|some |bits of )?(?:poo|poop|stool|faeces|feces)\b`,
      rx`\b(?:soiled|messed|pooed|pooped|crapped|shat|shit) (?:in )?(?:the bed|the sheets)\b`,
      rx`\b${NOT_ABLE} hold (?:it )?(?:in )?${span(25)}\b${POO}\b`,
      rx`\bbowels? (?:have |has )?(?:gone|packed up|given up|let (?:me down|go))\b`,
      rx`\b(?:bum|bottom|back passage|anus|rectum|arse|butt) (?:is |keeps |has been )?(?:leak|seep)\w*\b(?! (?:wee|pee|urine))`,
      near(
        rx`\bno (?:warning|urge|feeling|sensation) (?:before|of|that|for|when|to)`,
        rx`${POO}\b`,
        4,
        WIPED,
      ),
      rx`\b${NO_URGE}${URGE}\b${span(25)}\b(?:${BOWEL_ACT}|poo|poop|bowels?|number two)\b`,
      rx`\b(?:didn'?t|did not|don'?t|never) (?:know|realise|realize|notice)\b${span(20)}\b(?:bowel movement|pooed|pooped|poo)\b`,
      near(rx`\b(?:poo|poop|bowel)`, rx`accidents?\b`, 2),
      rx`\baccidents?,? (?:both |with |of |from )?(?:(?:wee|pee|urine|bladder) (?:and|&) )?(?:poo|poop|number twos?|bowels?)\b`,
      rx`\bbowels? (?:are |is )?${ANY_WORD}out of control\b`,
      near(rx`\bbowels?`, rx`(?:leak|leaking|leaked|leaks)\b`, 3),
      near(rx`\b(?:change|changing|changed) (?:my )?(?:underwear|pants|knickers|boxers)`, rx`${POO}\b`, 5),
      near(rx`\b(?:skid ?marks?|soiling|soiled|stains?)`, rx`${UNNOTICED}|${NOT_NOTICED}\b`, 4),
      rx`\b(?:didn'?t|did not|couldn'?t) make it to the ${TOILET}\b${span(30)}\b(?:poo|poop|number two|bowels?)\b`,
      near(
        rx`\b(?:no|zero|lost|losing|less|reduced|without) (?:any |the |all )?(?:feeling|sensation)`,
        rx`(?:when|while|as) (?:i'?m |i am |i |he |she )?${BOWEL_ACT}\b`,
        3,
      ),
      rx`${AFTER_POO}\b${NOT_ABLE} ${ANY_WORD}(?:feel|sense|notice|tell) (?:it|anything) (?:come|coming|pass|passing)\b`,
      rx`${AFTER_POO}\b(?:i )?(?:had |have had |having |have )?(?:an? )?accidents?\b(?!${WAS_WEE})`,
      rx`\b${NOT_ABLE} (?:feel|tell|sense|know) when i (?:need|have|want) to go for a ${POO}\b`,
      rx`${AFTER_POO}\b(?:${NOT_ABLE}|doesn'?t|does not) (?:feel|tell|sense|know) when (?:i|he|she) (?:needs?|has|have|wants?) to go\b`,
      rx`${NOT_TELLING_APART}`,
    ),
  },
  {
    fact: "bowelIncontinence",
    value: false,
    negated: null,
    confidence: 0.8,
    re: anyOf(
      rx`\bbowels? (?:are |is )?(?:working )?(?:normally|fine|ok|okay)\b|\bso (?:are|is) my bowels?\b`,
      rx`\b(?:poo|poop|pooing|pooping)${saidOf(alt`is are`)}(?:normal|normally|fine|ok|okay)\b`,
      rx`\b(?:go|goes|going|went) to the ${TOILET} (?:normally|fine|ok|okay|as normal|as usual)\b`,
    ),
  },

  {
    fact: "bowelIncontinence",
    confidence: 0.75,
    re: rx`\b(?:problems?|issues?|trouble) ${POO_WITH}(?:(?:${PEE_WORD}|waterworks) (?:or|and|nor) (?:my )?)?(?:pooing|pooping|poo|poop|number twos?)\b`,
  },
  {
    fact: "bowelIncontinence",
    confidence: 0.75,
    re: rx`\b(?:problems?|issues?|trouble) (?:with )?(?:my )?(?:waterworks|bladder) (?:or|and|nor) (?:my )?bowels?\b`,
  },

  // Sexual function: "nothing happens down below", "can't get it up".
  {
    fact: "sexualDysfunction",
    re: anyOf(
      rx`\bnothing (?:happens|happening|works|working|going on|doing) down (?:below|there|stairs)\b`,
      near(rx`\b${NOT_ABLE}`, rx`(?:get|keep) it up|get hard|stay hard|finish|climax|orgasm|ejaculate\b`, 2),
      near(
        rx`\b${STRUGGLE}`,
        rx`(?:get(?:ting)?|keep(?:ing)?) it up|(?:get(?:ting)?|stay(?:ing)?) hard\b`,
        2,
      ),
      near(
        rx`\b${NOT_ABLE} feel (?:anything|much|a thing)`,
        rx`(?:sex|intercourse|making love|intimate|intimacy)\b`,
        4,
      ),
      rx`\b(?:no |lost (?:my )?|losing (?:my )?)(?:morning )?(?:erections?|morning glory)\b(?! (?:problems?|issues?|trouble|difficult\w*|dysfunction))`,
      near(rx`\b(?:sex|intercourse)`, rx`(?:feels?|is|felt|was) ${ANY_WORD}numb\b`, 2),
      near(rx`\b${NOT_ABLE} feel`, rx`(?:my )?(?:husband|wife|partner|boyfriend|girlfriend)\b`, 1),
      rx`\b(?:erections?|hard-?ons?|morning glory) (?:have |has )?(?:stopped|gone|disappeared|vanished)\b`,
      rx`\b(?:erections?|hard-?ons?) (?:are|is|have been|has been)(?: pretty much| practically| basically| almost| just)? ${alt`
        non[-_ ]?existent nonexistent gone rare weak poor a_thing_of_the_past nothing few_and_far_between
        (?:a_lot_|much_)?(?:weaker|softer) not_(?:as_)?(?:hard|firm|strong)(?:_as_(?:before|usual|they_were))?
      `}\b`,
      rx`\bimpoten(?:t|ce)\b`,
      // "ED", lower-cased like the name Ed: only where it can be nothing else.
      rx`\b(?:have|has|got|having|developed|new|some) ed\b|\bed (?:issues|problems)\b`,
      near(
        rx`\b(?:sex|intercourse)`,
        rx`(?:doesn'?t|does not|don'?t) feel (?:like )?(?:anything|much|the same|normal|right)\b`,
        2,
      ),
      near(
        rx`\b(?:${NOT_ABLE}|trouble|difficulty|problems?|struggl\w*|lost|losing|harder|hard|difficult|no longer)`,
        rx`erections?\b`,
        5,
      ),
      near(rx`\b${PENIS}`, rx`${NOT_WORKING} ${WORKS}\b`, 2),
      near(
        rx`\b(?:no|lost|losing|less|reduced|without) (?:all |any |the )?(?:feeling|sensation)`,
        rx`${DURING_SEX}\b`,
        2,
      ),
      near(rx`\b(?:sex|intercourse|making love)`, rx`(?:feel|felt) (?:nothing|no feeling|numb)\b`, 4),
    ),
  },

  {
    fact: "sexualDysfunction",
    confidence: 0.75,
    re: rx`\b(?:problems?|issues?|trouble) (?:in the bedroom|with sex|down below)\b`,
  },
  {
    fact: "sexualDysfunction",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\b(?:sex (?:life )?|erections? )(?:is |are |'s )?(?:fine|normal|ok|okay|good|no problem)\b`,
  },
  {
    fact: "saddleNumbness",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\bcan (?:still )?feel (?:everything|it|the (?:toilet )?paper)(?: fine| normally| ok| okay)? when i wipe\b`,
  },

  // Legs: "toes catching on the carpet" is a weak foot.
  {
    fact: "legWeakness",
    value: "one_leg",
    negated: "none",
    re: anyOf(
      near(rx`\b${FOOT}`, rx`${CATCHES}\b`, 4),
      rx`\b(?:foot ?drop(?:s|ped|ping)?|drop ?foot)\b`,
      near(rx`\bfoot`, rx`(?:keeps |is |has |started )?drop(?:s|ped|ping)\b(?! (?:my|the|a|it|them)\b)`, 2),
      near(
        rx`\b${FOOT}`,
        rx`(?:won'?t|doesn'?t|can'?t|will not|does not) (?:lift|come up|go up|pick up)\b`,
        2,
      ),
      rx`\b${NOT_ABLE} (?:stand|walk|go) (?:up )?on (?:my )?(?:tip[- ]?toes?|tippy ?toes|toes|heels?)\b`,
      rx`\b${NOT_ABLE} (?:lift|raise|bend|pull|flex|point|pick) (?:up )?(?:my |the )?(?:left |right )?(?:foot|toes|ankle) up\b`,
      rx`\b${NOT_ABLE} (?:lift|raise|pull up) the (?:front|toes|tip) of (?:my |the )?(?:left |right )?foot\b`,
      near(rx`\bknee`, rx`buckl(?:es|ed|ing)|gives? way|gave way|gives? out|gave out\b`, 2),
      near(rx`\btrip(?:s|ping|ped)? (?:over|on)`, rx`${FOOT}\b`, 3),
      near(rx`\b${NOT_ABLE}`, rx`push off\b`, 2),
      rx`\bdrop(?:s|ping)? (?:my|the) (?:left |right )?foot\b`,
      near(rx`\b${LEG_ONE}`, rx`(?:won'?t|doesn'?t|can'?t|wouldn'?t) move (?:properly|right|at all)\b`, 4),
      near(rx`\b${LEG_ONE}`, rx`${WONT_HOLD}\b`, 2),
      near(rx`\b${LEG_ONE}`, rx`${STOPPED_WORKING}\b`, 2),
      // The leg named first, then "it": "my right leg feels dead, like it won't hold me up".
      rx`\b${LEG_ONE}\b${span(30)}\bit ${WONT_HOLD}\b`,
      near(rx`\b${LEG_ONE}`, rx`(?:is |keeps )?drag(?:s|ging)\b`, 2),
      rx`\b${LEG_ONE} (?:is |feels? )?(?:no|not) (?:strong|strength)\b`,
      rx`\b${LEG_ONE}\b${span(50)}\b(?:keeps?|kept) (?:on )?(?:stumbling|tripping)\b`,
      near(rx`\b${NOT_ABLE}`, rx`(?:lift|raise|move) (?:my |the |his |her )?(?:left |right )?leg\b`, 1),
    ),
  },
  {
    fact: "legWeakness",
    value: "both_legs",
    negated: "none",
    re: anyOf(
      near(rx`\b${LEGS_BOTH}`, rx`${GIVES}\b`, 6, alt`arms? hands? core`),
      near(rx`\b${LEGS_BOTH}`, rx`(?:go|going|went|gone|goes) (?:out )?from under me\b`, 3),
      rx`\b(?:my )?legs? (?:is |are )?(?:not|no) strong,? both\b`,
      near(rx`\b${LEGS_BOTH}`, rx`${WONT_HOLD}\b`, 2),
      near(rx`\b${LEGS_BOTH}`, rx`${STOPPED_WORKING}\b`, 2),
      rx`${AFTER_LEGS}\bthey ${WONT_HOLD}\b`,
      rx`${AFTER_LEGS}\bthey (?:\w+ ){0,2}(?:(?:giv(?:e|ing)|gave) (?:way|out)\b|buckl\w*|collaps\w*|fold\w*)`,
      rx`\b(?:both (?:of )?(?:my )?legs?|my legs|legs) (?:is |are |feel |feels )?(?:no|not) (?:strong|strength)\b`,
      rx`${AFTER_LEGS}\b${NOT_ABLE} (?:control|move|lift) them\b`,
      near(rx`\b${NOT_ABLE}`, rx`(?:lift|raise|move) (?:either|both|my) legs\b`, 1),
      rx`\b${NOT_ABLE} (?:lift|raise) either leg\b`,
      rx`\b${LEGS_BOTH} (?:just |simply |suddenly )?(?:go|went)\b(?=[,.;!]|$| and\b| from\b)`,
      rx`\bno strength (?:left )?in (?:my |both |his |her )?legs\b|${AFTER_LEGS}\bno strength in them\b`,
      rx`\b${LEGS_BOTH}\b${span(50)}\b(?:keeps?|kept) (?:on )?(?:stumbling|tripping)\b`,
      // "wobbly on both legs", "unsteady on my legs": the legs named after what they do.
      rx`\b(?:wobbly|unsteady|shaky|weak) on (?:both (?:of )?(?:my |his |her )?legs|(?:my|his|her) legs)\b`,
      rx`\b(?:both (?:of )?(?:my )?|my )?feet (?:keep |are |have been |both )?${CATCHES}\b`,
    ),
  },
  {
    fact: "weaknessWorsening",
    re: rx`\bweaker (?:by the day|every day|each day|and weaker)\b|\b(?:getting|got|growing) weaker\b`,
  },

  // Walking on cotton wool: both feet numb.
  { fact: "legNumbness", re: rx`\bwalking on ${SOFT_GROUND}\b` },
  { fact: "legPainBothSides", negated: null, re: rx`\bwalking on ${SOFT_GROUND}\b` },
  // Legs asleep: "feet feel like they're asleep".
  {
    fact: "legNumbness",
    re: rx`${NOT_BETWEEN}\b(?:feet|legs|foot|leg|toes)\b (?:feel|feels|felt) ${VAGUELY}${LIKE_THEY}${FELT_NUMB}\b`,
  },
  {
    fact: "legPainBothSides",
    negated: null,
    re: rx`${NOT_BETWEEN}\b(?:feet|legs) (?:feel|feels|felt) ${VAGUELY}(?:like )?(?:(?:they'?re|they are) )?(?:made of )?${FELT_NUMB}\b`,
  },

  // Temperature up: "my temp's been up", "felt boiling hot".
  {
    fact: "fever",
    re: anyOf(
      rx`\btemp(?:erature)?(?:'s| is| has| was)?(?: been)? (?:up|high|raised|spiking|sky ?high|through the roof)\b`,
      rx`\bspik(?:ing|ed|es) (?:a |high )?(?:temps?|temperatures?|fevers?)\b`,
      rx`\b(?:felt|feel|feeling|been|was|i'?m|am) (?:really |so )?(?:boiling|roasting) (?:hot|up)\b`,
      rx`\bhigh (?:temp(?:erature)?|fever)s?\b`,
      rx`\b(?:slight|mild|low[- ]grade|raised|(?:a )?bit of a) (?:temp(?:erature)?|fever)\b`,
    ),
  },
  // A bare mention says nothing, but "no temperature" is a no.
  { fact: "fever", value: null, negated: false, confidence: 0.8, re: rx`\b(?:high )?temp(?:erature)?\b` },
  // In UK English "I've got a temperature" is a fever; "a temperature of 37" is left to the number.
  {
    fact: "fever",
    confidence: 0.85,
    re: rx`\b(?:have|had|has|got|with|and|plus|running|run) (?:a |got a )?(?:bit of a |slight |high )?${TEMPERATURE}`,
  },

  // Chest and weight: "tight chest", "lost a stone without trying".
  { fact: "chestSymptoms", re: rx`\b(?:tight|heavy|crushing|painful|sore) chest\b` },
  {
    fact: "chestSymptoms",
    re: rx`\b(?:tight|heavy|crushing|squeezing|pressing)(?: feeling| sensation)? (?:in|on|across) (?:my |the )?chest\b`,
  },
  {
    fact: "chestSymptoms",
    re: anyOf(
      rx`\b(?:struggl\w*|hard|difficult|trouble|difficulty|labou?red) (?:to |with |when |for )?breath(?:e|ing)\b`,
      near(rx`\b(?:hurts?|hurting|aches?|aching|pain|sore|tight(?:ness)?|pressure)`, rx`${IN_CHEST}\b`, 2),
    ),
  },
  {
    fact: "weightLoss",
    re: rx`\b(?:lost|dropped) (?:about |almost |over |nearly )?(?:a|half a|a couple of) (?:stone|kilo|few (?:kilos|pounds|kg))\b`,
    unless: rx`\b(?<!(?:without|not|no) )(?:diet(?:ing)?|on purpose|trying to)\b`,
  },

  // Drug use and a weak immune system in short forms: "IVDU", "I have AIDS".
  { fact: "ivDrugUse", re: rx`\b(?:ivdu|pwid|ivda)\b` },
  { fact: "immunosuppressed", re: rx`\b(?:have|has|had|with|got) (?:full[- ]blown )?aids\b` },

  // Urine: "burning urine", "cloudy pee and it stings".
  {
    fact: "urinarySymptoms",
    re: anyOf(
      rx`\b(?:burning|stinging|painful|bloody|cloudy and smelly) (?:urine|pee|wee|piss)\b`,
      together(rx`\b(?:urine|pee|wee|piss)`, rx`(?:cloudy|smelly|smells|stinks|foul|murky)\b`, 3),
      rx`\b(?:pee(?:ing)?|urine|wee(?:ing)?|piss(?:ing)?)\b${span(25)}\b(?:stings?|stinging|burns?|burning)\b`,
      rx`\bgoing for a (?:wee|pee)\b${span(10)}\b(?:all the time|constantly|every (?:hour|half hour|few minutes)|a lot|loads)\b`,
    ),
  },

  // Falls and blows: "smashed in a tackle", "over the handlebars", "came off my motorbike".
  {
    fact: "onsetTrigger",
    value: "major_trauma",
    negated: null,
    re: anyOf(
      rx`\b${HEAVY_HIT}\b${span(30)}\b(?:${CONTACT_SPORT})\b`,
      rx`\b(?:took|copped|got|had) a (?:big|huge|massive|hard|heavy|nasty) (?:hit|knock|bump|shot)\b${span(30)}\b(?:${CONTACT_SPORT}|training)\b`,
      rx`\b(?:in|from|during) a (?:\w+ )?tackle\b`,
      // A scrum or a pile of players coming down on the person, a spear tackle.
      rx`\b(?:scrum|ruck|maul|pile-?on|pile of (?:players|bodies)) (?:collapsed|came down|fell|landed) (?:on|onto) (?:me|him|her|them|top of)\b`,
      rx`\b(?:speared|spear tackled|pile-?driven|driven head ?first) (?:into|on) (?:the )?(?:ground|turf|deck|floor|mat)\b`,
      rx`\bover the (?:handlebars|bars|bonnet|hood)\b`,
      rx`\b(?:came|come|thrown|flung|knocked)(?: a cropper| a purler| flying)? (?:me )?off (?:my |the |a |his |her |their )?${RIDING}\b`,
      rx`\b(?:fell|fall|fallen|falling|tumbled) (?:from|off) (?:the |a |some )?(?:stairs|staircase)\b`,
      rx`\b(?:slammed|smashed|thrown|crashed|checked|body ?checked) into (?:the )?(?:boards|wall|post|goal ?post|barrier|ground)\b`,
      rx`\b(?:horse|bull) (?:threw|bucked|throws) me\b`,
      rx`\b(?:fell|fall(?:en)?|jumped) (?:out of|from) (?:a |the |my )?(?:\w+ )?(?:window|floor)\b`,
      rx`\b(?:a |the )?${VEHICLE} ${RAMMED} (?:into|in to) (?:the (?:back|side) of )?(?:me|us|my car|our car)\b`,
      rx`\b(?:crashed|wrecked|totall?ed|rolled|flipped) (?:the |my |our |a |his |her |their )?(?:${VEHICLE}|${RIDING})\b`,
      rx`\b${VEHICLE} (?:that |which )?(?:rolled|flipped|overturned|turned over)\b`,
      rx`\b(?:my |our |the )?${VEHICLE} (?:was |got )?(?:hit|struck|rammed|shunted) (?:from behind|in the back|at \d+|by)\b`,
      rx`\b(?:i|we) crashed (?:on|into) (?:the |a )?${CRASH_SITE}\b|\bhad a (?:car |bike |motorbike )?(?:crash|smash|pile-?up)\b`,
      rx`\bcrashed (?:my |the |our )?(?:${VEHICLE}|${RIDING})\b|\bpile-?up\b`,
      rx`\b(?:a |the )?${VEHICLE} (?:hit|struck|ran over|knocked (?:me )?(?:over|down)) (?:me|us|(?:my|our) ${RIDDEN})\b`,
      rx`\b(?:we|i) (?:hit|struck|ran into) (?:a |an |the )?(?:deer|cow|horse|moose|tree|wall|lamp ?post|barrier|truck|lorry|van|car) at \d+\b`,
      rx`\b(?:got|was|been|being) (?:run over|hit by (?:a |the )?${VEHICLE})\b`,
      rx`\bcrash(?:ed)? (?:on|off) (?:my |a |the |his |her )?${RIDING}\b`,
      rx`\bfell (?:from|off) the top of (?:the |a )?(?:stairs|ladder|steps|staircase)\b`,
      rx`\b(?:fell|went|tumbled) over (?:the )?(?:banister|bannister|railing|balcony|balustrade)\b`,
      rx`\bfell (?:off|from) the back of (?:a |the )?(?:lorry|truck|van|pickup|ute|trailer)\b`,
      rx`\b(?:someone|somebody|a driver|he|she|they|a guy|another car) ${RAMMED} into (?:me|us|my car|the back of (?:me|my car|us))\b`,
      rx`\b(?:ski(?:ing)?|snowboard(?:ing)?|cycling|bmx|mountain bike|bike|horse ?riding) (?:crash|accident|wreck)\b`,
      rx`\bfell (?:through|down) (?:a |the |my )?(?:loft|attic|hatch|ceiling|floor|hole|manhole|shaft)\b`,
      rx`\b${FELL_OR_LANDED}\b${span(30)}\b(?:from|off|down) (?:${APPROXIMATELY} ?)?${HEIGHT} ?${HEIGHT_UNIT}\b`,
      rx`\b(?:a |an )?${HEIGHT}[- ]?${HEIGHT_UNIT} (?:fall|drop)\b|\bfall of (?:${APPROXIMATELY} ?)?${HEIGHT} ?${HEIGHT_UNIT}\b`,
    ),
  },
  // Said in more words: "couldn't get a drop out", "my bladder has a mind of its own", "no control when I need a poo".
  {
    fact: "bladderChange",
    re: anyOf(
      rx`${AFTER_TOILET}\b${NOT_ABLE} (?:get|squeeze|force|push) ${A_DROP} out\b`,
      rx`\b(?:accidents?|mishaps?)\b${WAS_WEE}`,
      near(
        rx`\b(?:bladder|waterworks|pee|wee)`,
        rx`(?:has |had |got )?(?:a )?mind of (?:its|it'?s) own\b`,
        4,
      ),
      rx`${AFTER_PEE}\b(?:just )?(?:go|goes|went|comes?|came|leak\w*|wet myself) without (?:any )?warning\b`,
      rx`${NOT_AFTER_BOWELS}\b${NOT_ABLE} (?:feel|tell|sense|know) when i (?:need to |have to |want to )?(?:go|pee|wee|urinate)\b(?! for a (?:poo|number two))`,
      rx`${NOT_AFTER_BOWELS}\b${NOT_ABLE} (?:feel|tell|sense|know) (?:when|if|whether) i (?:need|want) ${NEED_LOO}\b`,
      rx`${AFTER_TOILET}\b${alt`ages forever a_long_time an_age`} (?:before|until|till) (?:the |any )?${URINE_STARTS}\b`,
    ),
  },
  // "no leaks" says nothing until denied; leaks of the bowel are not the bladder's.
  {
    fact: "bladderChange",
    value: null,
    confidence: 0.75,
    re: rx`\b(?<!\b(?:bowels?|poo\w*|poop\w*|number twos?)\b[^.;!?\n]{0,40})\b(?:leaks?|leaking|leakage|accidents)\b`,
    unless: rx`\b(?:bowels?|poo|poop|stool|faeces|feces|back passage|bum|oil|roof|pipe|tap)\b`,
  },
  // "my bladder is not leaking" is a denial, "my bladder keeps leaking" is not.
  {
    fact: "bladderChange",
    re: rx`\b(?:bladder|urine|pee|wee)\b${denialGap(3)} (?:leak(?:s|ed|ing)?|dribbl\w*)\b`,
  },
  {
    fact: "bowelIncontinence",
    re: anyOf(
      rx`\b(?:no|zero|lost|losing) control\b${span(30)}\b${POO}\b`,
      near(rx`\b${POO}`, rx`(?:no|zero|lost|losing) control\b`, 5),
      rx`${AFTER_POO}\bit (?:just )?(?:comes|came|slips|slipped) out\b`,
      near(rx`\b(?:bowels?|poo|poop)`, rx`(?:has |had |got )?(?:a )?mind of (?:its|it'?s) own\b`, 4),
    ),
  },
  {
    fact: "bowelIncontinence",
    re: rx`\b(?:bowels?|poo|poop)\b${denialGap(3)} (?:leak(?:s|ed|ing)?|seep\w*)\b`,
  },
  {
    fact: "sexualDysfunction",
    re: anyOf(
      near(rx`\b(?:sex|intercourse)`, rx`(?:feels?|felt) ${alt`different weird strange odd numb dead`}\b`, 2),
      rx`${AFTER_SEX}\b${NOT_ABLE} feel (?:anything|much|a thing)\b(?: \w+){0,3} (?:during|while doing|when doing) it\b`,
    ),
  },
  // A wet bed, a bladder that will not empty, a bowel that empties by itself, a saddle that "isn't there".
  {
    fact: "bladderChange",
    re: anyOf(
      rx`(?<!\bsweat\w*\b[^.;!?\n]{0,40})\b(?:in |a |the )wet bed\b(?![^.;!?\n]{0,20}\bsweat)`,
      rx`${AFTER_TOILET}\b(?:${NOT_ABLE}|never) (?:seem to |really )?empty (?:fully|properly|completely|all the way)\b`,
      rx`\b(?:${NOT_ABLE}|never) (?:seem to |really )?empty (?:fully|properly|completely)\b${span(30)}\b(?:pee|wee|urinate|toilet|loo)\b`,
      rx`\b(?:had|having|have|get|getting|been having) ${alt`
        a some a_few a_couple_of the_odd occasional
      `}? ?(?:(?:little|small|tiny|minor|slight) )?leaks\b`,
    ),
    unless: rx`\b(?:roof|pipe|tap|oil|gas|memory|bowels?|poo|poop)\b`,
  },
  {
    fact: "bowelIncontinence",
    re: rx`\bbowels?\b(?: \w+)? (?:empt(?:y|ies|ied)|opens?|opened|goes|went) ${ANY_WORD}${BY_ITSELF}\b`,
  },
  // "no accidents" after the bowels are named is the bowels' denial.
  {
    fact: "bowelIncontinence",
    value: null,
    confidence: 0.75,
    re: rx`\b(?<=\b${BOWEL_WORD}\b[^.;!?\n]{0,60})\b(?:leaks?|leaking|leakage|accidents)\b`,
  },
  {
    fact: "saddleNumbness",
    re: anyOf(
      near(
        rx`\b${SADDLE}`,
        rx`(?:feels?|felt) like (?:it|they) (?:isn'?t|is not|aren'?t|are not|wasn'?t|weren'?t) (?:even )?there\b`,
        3,
      ),
      rx`\b${SADDLE} and (?:the )?(?:area|skin|bits?) (?:behind|around|between|under|near) (?:them|it) (?:feels?|is|are|went|gone|has gone) ${ANY_WORD}numb\b`,
    ),
  },
  {
    fact: "saddleNumbness",
    value: false,
    negated: null,
    confidence: 0.8,
    re: rx`\bcan (?:still )?feel (?:everything|it all|all of it)(?: fine| normally| ok)? (?:down there|down below|in my ${SADDLE})\b`,
  },
  {
    fact: "sexualDysfunction",
    re: rx`\berections? (?:are|is)(?:n'?t| not) (?:what (?:they|it) (?:were|was|used to be)|the same|right|normal|working|as (?:good|strong|hard))\b`,
  },
  // A bladder that does not finish, retained urine, a foot that goes from under, the other leg now weak too.
  {
    fact: "bladderChange",
    re: anyOf(
      rx`\b(?:to|can'?t|cannot|never|couldn'?t) (?:properly |fully )?finish (?:peeing|weeing|emptying)\b`,
      rx`\bretain(?:ing|ed)? (?:urine|pee|wee)\b`,
      rx`\bnot (?:peeing|weeing|urinating) (?:right|properly|normally|well)\b`,
    ),
  },
  {
    fact: "saddleNumbness",
    re: rx`\b(?:feels? )?like (?:i'?m |i am )?sitting on (?:nothing|air|thin air)\b`,
  },
  {
    fact: "legWeakness",
    value: "one_leg",
    negated: "none",
    re: near(rx`\b${LEG_ONE}`, rx`(?:go|going|went|gone|goes) (?:out )?from under me\b`, 3),
  },
  {
    fact: "legWeakness",
    value: "both_legs",
    negated: "none",
    re: rx`\bweak(?:ness)?\b${span(30)}\b(?:spread\w*|going|moved|moving|now) (?:in)?to (?:my |the )?other leg\b`,
  },
  {
    fact: "weaknessWorsening",
    re: rx`\bweak(?:ness)?\b${span(30)}\b(?:spread\w*|going|moved|moving) (?:in)?to (?:my |the )?other leg\b`,
  },
];
