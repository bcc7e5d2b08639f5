import type { CourseStatus } from "../knowledge/course.ts";
import type { FactId } from "../schema/vocabulary.ts";
import type { PluralForms } from "./messages.ts";

/**
 * English texts. Plain language (about grade 6-8), written for BackTalk. The Spanish catalog must have the
 * same shape (`Messages`), so tsc fails when a key is missing. Clinical facts come from the sources in
 * knowledge/sources.ts; the rules and numbers live in knowledge/, never in these strings.
 */
export const en = {
  lang: "en",
  languageName: "English",
  appName: "BackTalk",
  tagline: "A calm guide for a back spasm: what it may mean and what to do.",

  disclaimer: {
    short: "BackTalk gives information, not a diagnosis. It does not replace a doctor or nurse.",
    full: [
      "BackTalk gives general health information. It is not medical advice, it does not diagnose, and it does not replace a doctor, nurse or physiotherapist.",
      "Do not use BackTalk in an emergency. If you think you may be seriously ill, call your emergency number now.",
      "The questions follow published guidelines (listed under Sources). A warning sign means 'get checked', not 'something is wrong': most people with back pain who have one turn out fine.",
      "BackTalk is for adults (16 and over). Children with back pain should see a doctor.",
      "Your answers stay on your device unless you choose to share them.",
    ],
  },

  answers: {
    yes: "Yes",
    no: "No",
    dontKnow: "Not sure",
    noneOfThese: "None of these",
    skip: "Skip",
  },

  levels: {
    emergency: {
      title: "This needs emergency care now",
      action: "Call {number} now, or go to the nearest emergency department.",
      detail: "Don't drive yourself. Ask someone to take you, or call an ambulance.",
      short: "Emergency now",
    },
    urgent: {
      title: "See a doctor today",
      action: "Contact a doctor today: a same-day appointment, an urgent care centre or a nurse line.",
      detail: "If you can't reach anyone today, go to an urgent care centre or emergency department.",
      short: "Doctor today",
    },
    soon: {
      title: "Make a doctor's appointment",
      action: "Book an appointment with a doctor or physiotherapist within the next 1 to 2 weeks.",
      detail: "Keep up the self-care plan while you wait. Act sooner if a warning sign appears.",
      short: "Doctor within 1-2 weeks",
    },
    self_care: {
      title: "You can likely care for this at home",
      action:
        "Keep moving gently and take short walks. A cold or warm pack can ease the pain: {packMinutes} minutes at most each time.",
      detail:
        "Most back spasms get clearly better within a few weeks. See a doctor if it is not better in about 3 weeks.",
      short: "Self-care",
    },
    pending: {
      title: "We can't say yet",
      action:
        "Some warning-sign questions are still open. Please answer them, or speak to a doctor or nurse.",
      detail: "We never say 'self-care' while a warning sign is unknown.",
      short: "Not finished",
    },
  },

  emergency: {
    call: "Call {number}",
    callNow: "Emergency? Call {number}",
    country: "Country",
    changeCountry: "Change country",
    unknownCountry: "We don't know your country. 112 works from most mobile phones in many countries.",
    adviceLine: "Health advice line: {number}",
  },

  screens: {
    emergency_signs: {
      title: "First, some important questions",
      intro: "Do you have any of these right now? They are rare, but they need care fast.",
    },
    legs: { title: "Your legs", intro: "Back problems can affect the nerves to the legs." },
    start: { title: "How it started", intro: "" },
    about_you: { title: "About you", intro: "" },
    body: { title: "The rest of your body", intro: "Do you have any of these as well as the back pain?" },
    infection_risks: {
      title: "Infection risks",
      intro: "With a fever, these make a spine infection more likely.",
    },
    health_history: { title: "Your health", intro: "Do any of these apply to you?" },
    course: { title: "How it's going", intro: "" },
    pattern: { title: "The pattern of the pain", intro: "Do any of these describe your pain?" },
    follow_up_emergency: {
      title: "Thank you. First, a few important questions",
      intro:
        "Thank you for telling us. Where your words gave an answer, we chose it for you: check each one and change it if it is wrong. These signs are rare, but they need care fast.",
    },
    follow_up_urgent: {
      title: "A few more questions",
      intro: "These tell us whether to see a doctor today.",
    },
    follow_up_soon: { title: "Last questions", intro: "These help us give you the right advice." },
  },

  /** FHIR Questionnaire group for facts the interview does not ask (where, side, pain score, movement). */
  /** Texts that exist only in the FHIR forms and resources. */
  fhir: {
    emptyIfNotSure: "Leave this empty if you are not sure.",
    levelQuestion: "Result: how soon to get care",
    triage: "Back pain triage (BackTalk)",
    possibleCause: "Possible cause to discuss with a doctor, not a diagnosis.",
    possible: "Possible",
    anonymous: "Anonymous (not identified)",
    method: "BackTalk triage rules, knowledge version {version}",
    yesNo: "Yes or no",
    causeLikelihood: "How likely a cause is",
    knowledgeVersion: "BackTalk knowledge version",
    levelSystem: "BackTalk triage levels",
    ruleSystem: "BackTalk triage rules",
    causeSystem: "Possible causes of back pain",
    factSystem: "BackTalk facts (questions)",
    answersTo: "Answers to: {question}",
  },
  detailsGroup: { title: "About the pain (optional)" },

  facts: {
    age: { question: "How old are you?", short: "Age", unit: { one: "year", other: "years" } },
    sex: {
      question: "What is your sex?",
      short: "Sex",
      options: { female: "Female", male: "Male", other: "Other / prefer to describe" },
    },
    pregnant: {
      howToTell: "If your period is late or you could be pregnant, a home pregnancy test can tell you.",
      question: "Are you pregnant, or could you be?",
      short: "Pregnant",
    },
    region: {
      question: "Where is the pain?",
      short: "Where",
      options: { lower_back: "Lower back", mid_back: "Middle of the back", upper_back: "Upper back" },
    },
    side: {
      question: "Which side?",
      short: "Side",
      options: { left: "Left", right: "Right", both: "Both sides", center: "In the middle" },
    },
    painScore: {
      question:
        "How bad was the pain at its worst in the last 24 hours? (0 = no pain, 10 = worst imaginable)",
      short: "Worst pain in the last 24 hours (0-10)",
    },
    mobility: {
      question: "How well can you move?",
      short: "Moving",
      options: {
        normal: "About as usual",
        limited: "Less than usual",
        severely_limited: "I can barely move (for example, I can't get out of bed or walk across a room)",
      },
    },
    onsetDaysAgo: {
      question: "How many days ago did this spasm start?",
      short: "Started (days ago)",
      unit: { one: "day", other: "days" },
    },
    onsetTrigger: {
      howToTell:
        "Think of the moment it began. A fall from a ladder, stairs or a car crash is a serious accident; a slip on level ground is a small fall.",
      question: "How did it start?",
      short: "How it started",
      options: {
        strain: "Lifting, twisting, bending, reaching or sport without a collision",
        minor_trauma: "A fall from standing height or less, a slip or a bump",
        major_trauma:
          "A serious accident: a road accident, a fall from a height (ladder, stairs, roof), a heavy blow",
        none: "No clear reason",
      },
    },
    course: {
      question: "Since it started, is it…",
      short: "Since it started",
      options: { improving: "Getting better", unchanged: "About the same", worsening: "Getting worse" },
    },
    previousEpisodesSameArea: {
      question:
        "In the last 12 months, how many other times did you have a spasm in the same part of your back?",
      short: "Earlier spasms, same area (12 months)",
      unit: { one: "time", other: "times" },
    },
    selfCareDays: {
      question: "For how many days have you already tried self-care (gentle activity, cold or heat)?",
      short: "Days of self-care",
      unit: { one: "day", other: "days" },
    },
    legPain: {
      howToTell:
        "Follow the pain with your hand: does it stop at the buttock or thigh, or does it go past the knee into the calf or foot?",
      question: "Does pain spread into a leg?",
      short: "Leg pain",
      options: { none: "No", above_knee: "Yes, but not below the knee", below_knee: "Yes, below the knee" },
    },
    legPainBothSides: {
      howToTell:
        "Pain, numbness or pins and needles counts if you feel it in the left leg AND the right leg, even if one is milder.",
      question: "Do you have pain, numbness or pins and needles in BOTH legs?",
      short: "Symptoms in both legs",
    },
    legNumbness: {
      howToTell:
        "Touch both legs and feet lightly with your fingers. Does one feel dull, dead or tingling compared with the other?",
      question: "Do you have numbness or pins and needles in a leg or foot?",
      short: "Leg numbness",
    },
    legWeakness: {
      howToTell:
        "Try to stand on your heels, then on your toes, holding on to something. A leg that gives way or a foot that won't lift counts as weak.",
      question: "Is a leg weak? For example, it gives way, your foot drags, or you can't lift your foot.",
      short: "Leg weakness",
      options: { none: "No", one_leg: "Yes, one leg", both_legs: "Yes, both legs" },
    },
    weaknessWorsening: {
      howToTell:
        "Compare with yesterday: can you do less with the leg today (walk less far, lift the foot less)?",
      question: "Is the weakness getting worse from day to day?",
      short: "Weakness getting worse",
    },
    saddleNumbness: {
      howToTell:
        "When you wipe after the toilet, does the paper feel the same on both sides and as usual? If it feels dull, numb or different, answer yes.",
      question:
        "Numbness or tingling between your legs, around your bottom or genitals (where you'd sit on a saddle)",
      short: "Numbness between the legs",
    },
    bladderChange: {
      howToTell:
        "Think about your last few trips to the toilet: was it hard to start, could you not stop, did you not feel the need, or did you leak without knowing?",
      question:
        "New trouble with your bladder: can't start or stop peeing, can't feel when your bladder is full, or leaking",
      short: "New bladder problem",
    },
    bowelIncontinence: {
      howToTell: "Have you soiled yourself without being able to hold it, or without feeling it coming?",
      question: "New loss of control of your bowels",
      short: "Loss of bowel control",
    },
    sexualDysfunction: {
      howToTell:
        "Does touch on your genitals feel less than usual, or is something new not working as usual during sex?",
      question: "New loss of feeling in your genitals, or new trouble with sex (such as erections)",
      short: "New change in sexual function",
    },
    walkingLegPainEasedBySitting: {
      howToTell:
        "Notice what happens on a walk: do your legs ache or get heavy after a while, and ease within minutes when you sit down or lean forward?",
      question:
        "Leg pain or heaviness that comes on when you walk or stand, and eases when you sit or bend forward",
      short: "Leg pain on walking, eased by sitting",
    },
    fever: {
      howToTell:
        "Use a thermometer if you have one: 38 °C (100.4 °F) or more is a fever. Shivering, or waking up soaked with sweat, counts too.",
      question: "A fever (38 °C / 100.4 °F or higher), chills or night sweats",
      short: "Fever or chills",
      findOut:
        "If you have a thermometer, take your temperature now. 38 °C (100.4 °F) or higher counts as a fever.",
    },
    weightLoss: {
      howToTell:
        "Without dieting, have your clothes become loose or has your weight dropped by about 5% (for example 4 kg from 80 kg) in the last 6 months?",
      question: "Losing weight without trying",
      short: "Weight loss",
    },
    cancerHistory: {
      howToTell:
        "Any cancer counts, even one treated years ago. Skin cancer that was only cut away (not melanoma) does not.",
      question: "Cancer now or at any time in the past",
      short: "Cancer (now or in the past)",
    },
    restNightPain: {
      howToTell:
        "Does the pain stay the same or get worse at night whatever position you try, even lying still?",
      question: "Constant pain that is worse at night and not eased by rest or any position",
      short: "Constant pain, worse at night",
    },
    backLumpOrDeformity: {
      howToTell:
        "Ask someone to look at your back, or use two mirrors: is there a lump, or does one side look different from before?",
      question: "A new lump or swelling on your back, or the shape of your back has changed",
      short: "Lump or changed back shape",
    },
    ivDrugUse: {
      howToTell:
        "This means injecting any drug into a vein or under the skin, now or in the past few months. Your answer stays on your device.",
      question: "Injecting drugs",
      short: "Injecting drugs",
    },
    immunosuppressed: {
      howToTell:
        "Check your medicine boxes or ask your pharmacist: medicines for cancer, after a transplant, or long-term steroids can weaken the immune system.",
      question:
        "A weak immune system (HIV, chemotherapy, transplant medicine, or long-term medicine that lowers immunity)",
      short: "Weak immune system",
    },
    recentInfectionOrSpinalProcedure: {
      howToTell:
        "In the last few weeks, did you take antibiotics for an infection, or have an injection or operation on your spine?",
      question: "In the last few weeks: a bacterial infection, a spinal injection or spinal surgery",
      short: "Recent infection or spine procedure",
    },
    osteoporosis: {
      howToTell:
        "A doctor told you your bones are thin (osteoporosis), or you take a medicine for bone strength.",
      question: "Osteoporosis (thin or weak bones)",
      short: "Osteoporosis",
    },
    steroidUse: {
      howToTell:
        "Look at your medicine box: prednisolone, prednisone or dexamethasone tablets taken for 3 months or more count.",
      question: "Taking steroid tablets (such as prednisolone) for a long time",
      short: "Long-term steroid tablets",
    },
    morningStiffness: {
      howToTell:
        "Time it tomorrow: from waking, how long until your back moves freely? More than 30 minutes counts.",
      question: "Stiffness in your back when you wake up that lasts more than 30 minutes",
      short: "Morning stiffness over 30 minutes",
    },
    betterWithExercise: {
      howToTell:
        "Does the pain ease after you have been moving for a while, and stay bad or get worse when you rest?",
      question: "The pain gets better when you move or exercise, but not when you rest",
      short: "Better with exercise, not rest",
    },
    chestSymptoms: {
      howToTell:
        "Put a hand on your chest: is there pain, tightness or pressure there? Are you short of breath sitting still, or sweating while cold?",
      question:
        "Chest pain or pressure, trouble breathing, a cold sweat, or pain spreading to your arm or jaw",
      short: "Chest pain or breathlessness",
    },
    abdominalPain: {
      howToTell:
        "Press gently on your belly: does it hurt, or can you feel a strong beat like a pulse there?",
      question: "Pain in your belly, or a pulsing feeling in your belly",
      short: "Belly pain",
    },
    urinarySymptoms: {
      howToTell:
        "When you pee: does it burn or sting, do you need to go much more often, or is the pee pink, red or brown?",
      question: "Burning when you pee, peeing much more often than usual, or blood in your pee",
      short: "Burning or blood when peeing",
    },
  } satisfies Record<FactId, FactText>,

  rules: {
    E1: {
      title: "Possible pressure on the nerves at the base of the spine (cauda equina)",
      watchFor:
        "Numbness between your legs or around your bottom, or new trouble with your bladder, bowels or sex",
    },
    E2: {
      title: "Weakness in both legs can mean pressure on the nerves in the spine",
      watchFor: "Weakness in both legs",
    },
    E3: {
      title: "A serious accident can break a bone in the spine",
      watchFor: "Back pain after a serious accident or fall",
    },
    E4: {
      title: "Back pain with chest symptoms can come from the heart",
      watchFor: "Chest pain or pressure, trouble breathing, or a cold sweat",
    },
    E5: {
      title: "Back pain with belly pain at 50 or over can come from the main blood vessel (aorta)",
      watchFor: "Sudden pain in your belly, or a pulsing feeling in your belly",
    },
    E6: {
      title: "A fever with these signs can mean an infection in the spine",
      watchFor: "A fever together with leg weakness or numbness",
    },
    E7: {
      title: "Symptoms in both legs can be an early sign of pressure on the nerves at the base of the spine",
      watchFor: "Pain, numbness or pins and needles in both legs",
    },
    U1: {
      title: "Back pain with a fever needs checking for infection",
      watchFor: "A fever, chills or night sweats",
    },
    U2: {
      title: "A fall or bump can break a weak bone in the spine",
      watchFor: "A fall if you are 70 or over, have osteoporosis or take steroid tablets",
    },
    U3: {
      title: "New back pain after cancer should be checked quickly",
      watchFor: "Any new back pain if you have had cancer",
    },
    U4: {
      title: "Weakness in a leg means a nerve may be pinched",
      titleWorsening: "Weakness in a leg that is getting worse means a nerve may be pinched",
      watchFor: "A leg or foot that feels weak, gives way or drags",
    },
    U5: {
      title: "Peeing symptoms with back pain can mean a kidney problem",
      watchFor: "Burning or blood when you pee",
    },
    U6: {
      title: "Belly pain with back pain should be checked today",
      watchFor: "Pain in your belly as well as your back",
    },
    U7: {
      title: "A new lump or a change in the shape of your back should be checked",
      watchFor: "A new lump or a change in your back's shape",
    },
    S1: {
      title: "It has lasted 3 weeks or more and is not getting better",
      watchFor: "Not clearly better about 3 weeks after it started",
    },
    S2: { title: "It has lasted 6 weeks or more", watchFor: "Still there 6 weeks after it started" },
    S3: {
      title: "It keeps coming back in the same place",
      watchFor: "A third spasm in the same place within a year",
    },
    S4: {
      title: "Pain below the knee or numbness can mean a pinched nerve",
      watchFor: "Pain below the knee, or numbness in a leg",
    },
    S5: {
      title: "Leg pain on walking that eases when you sit can mean a narrow spinal canal",
      watchFor: "Leg pain when walking that eases when you sit",
    },
    S6: {
      title: "Long-lasting stiffness that eases with exercise can be an inflammatory back condition",
      watchFor: "Stiffness every morning for months that eases with exercise",
    },
    S7: {
      title: "Weight loss or constant night pain should be checked",
      watchFor: "Losing weight without trying, or constant pain at night",
    },
    S8: {
      title: "It is getting worse even after a week of self-care",
      watchFor: "Getting worse after a week of self-care",
    },
    S9: {
      title: "Back pain in pregnancy is best checked by your doctor or midwife",
      watchFor: "Back pain in pregnancy",
    },
    S10: {
      title:
        "BackTalk is made for people aged 16 and over. A child's or teenager's back pain should be checked by a doctor",
      watchFor: "",
    },
    SC: {
      title: "No warning signs: this looks like a muscle strain or spasm",
      watchFor: "",
    },
  },

  causes: {
    soft_tissue_strain: {
      name: "Muscle or ligament strain (back spasm)",
      explanation:
        "The most common cause. A muscle or ligament is strained and the muscles tighten to protect it. It hurts a lot, but it is not dangerous and usually gets clearly better within a few weeks.",
    },
    herniated_disc: {
      name: "Slipped (herniated) disc",
      explanation:
        "A disc between two bones of the spine bulges and presses on a nerve. This can cause pain, numbness or weakness down a leg (sciatica). Most get better without surgery.",
    },
    degenerative_disc_disease: {
      name: "Wear of the spinal discs",
      explanation:
        "The discs between the bones of the spine slowly change with age. This is common and often causes no pain, but it can make spasms last longer or come back.",
    },
    spinal_stenosis: {
      name: "Narrowing of the spinal canal (spinal stenosis)",
      explanation:
        "The space around the nerves in the lower spine gets narrower, usually with age. Legs can ache or feel heavy when you walk, and ease when you sit or lean forward.",
    },
    osteoarthritis: {
      name: "Arthritis of the spine joints",
      explanation:
        "The small joints of the spine wear with age. This can cause stiffness and back pain that comes and goes.",
    },
    cauda_equina_syndrome: {
      name: "Pressure on the nerves at the base of the spine (cauda equina syndrome)",
      explanation:
        "Rare but serious. The bundle of nerves at the bottom of the spine is squeezed. It needs a scan and often surgery within hours to protect bladder, bowel, sexual and leg function.",
    },
    spinal_fracture: {
      name: "A broken bone in the spine",
      explanation:
        "A bone of the spine can break in a serious accident, or after a small fall when the bones are weak.",
    },
    spinal_infection: {
      name: "Infection in the spine",
      explanation:
        "Rarely, bacteria infect the bones, discs or the space around the spinal cord. It needs treatment quickly.",
    },
    malignancy: {
      name: "Cancer affecting the spine",
      explanation:
        "Rarely, back pain is caused by cancer that has spread to the spine. This is most likely in people who have had cancer before. A doctor can check.",
    },
    inflammatory_back_pain: {
      name: "Inflammatory back condition (such as axial spondyloarthritis)",
      explanation:
        "A long-term condition where the immune system inflames the spine. It usually starts before 45, causes morning stiffness and gets better with exercise. A doctor can refer you to a specialist.",
    },
    cardiac: {
      name: "A heart problem",
      explanation:
        "Pain from the heart can be felt in the upper back, especially with chest pain, breathlessness or sweating.",
    },
    aortic_aneurysm: {
      name: "A problem with the main blood vessel in the belly (aortic aneurysm)",
      explanation:
        "The body's main blood vessel can swell and leak. It is rare but dangerous, and more likely after 50.",
    },
    kidney: {
      name: "A kidney problem (infection or stone)",
      explanation:
        "A kidney infection or kidney stone can cause pain in the back or side, often with fever or peeing problems.",
    },
  },

  causesIntro: "Possible causes to talk about with a doctor. These are possibilities, not a diagnosis.",
  reasonsIntro: "Why we say this",
  reasonsNone: "No warning signs came up in your answers.",
  unsure: {
    title: "You were not sure about: {sign}",
    level: {
      urgent: "A doctor or nurse should check this today.",
      soon: "A doctor should check this within the next 1 to 2 weeks.",
    },
    ifYes: {
      emergency: "If you find that the answer is yes: call {number} now.",
      urgent: "If you find that the answer is yes: contact a doctor today.",
      soon: "If you find that the answer is yes: tell your doctor at your appointment.",
    },
    howToTell: "How to tell",
  },
  yourAnswer: "Your answer",
  unknownAnswer: "not answered",
  sourcesLabel: "Sources",
  knowledgeVersion: "Knowledge version {version}, reviewed {date}",
  missingIntro: "These questions could still change the advice:",

  plan: {
    title: "Your self-care plan",
    titleByLevel: {
      emergency: "What to do now",
      urgent: "Until you speak to a doctor",
      pending: "While questions are still open",
    },
    now: {
      title: "What to do now",
      callOrGo:
        "Call {number} now, or go to the nearest emergency department. Don't wait to see if it passes.",
      doNotDrive: "Don't drive yourself. Ask someone to take you, or call an ambulance.",
      takeReasons:
        "Take the list of reasons below with you (on this phone or on paper) and show it to the doctor or nurse.",
      tellCallHandler:
        'When you call, say: "I have back pain with {signs}." Say when it started, answer their questions and do what they say.',
      tellCallHandlerNoSigns:
        "When you call, say you have back pain and read out the reasons below. Answer their questions and do what they say.",
    },
    doctorToday: {
      title: "Contact a doctor today",
      body: "When you get through, tell them why: the reasons BackTalk gave you and when the pain started.",
      afterDoctor:
        "There is no walking goal or check-in date for now. After you have spoken to a doctor, follow the plan they give you.",
    },
    answerFirst: {
      title: "Answer the open questions first",
      body: "Some questions that could change the advice are still open. Until they are answered, use only the comfort measures below, and get help at once if a warning sign appears.",
    },
    comfort: {
      title: "Until then: comfort",
      body: "Rest from anything that makes the pain worse and move only as far as is comfortable. Cold or heat may ease the pain (see below).",
    },
    relativeRest: {
      title: "Keep gently active",
      body: "Rest from hard exercise and from anything that makes the pain much worse, but keep moving. Lying down for a short while is fine. Staying in bed is not advised: people who stay active tend to recover a bit faster.",
    },
    walking: {
      title: "Short walks through the day",
      body: "Take {walksPerDay, plural, one {# short walk} other {# short walks}} a day of about {minutesPerWalk, plural, one {# minute} other {# minutes}}, as far as is comfortable. Add about {addMinutesPerDay, plural, one {# minute} other {# minutes}} each day, up to {maxMinutesPerWalk, plural, one {# minute} other {# minutes}}.",
    },
    cold: {
      title: "Cold pack",
      body: "Wrap a cold pack or a bag of frozen peas in a cloth. Use it for {maxMinutes} minutes at most. Then let your skin rest and warm up for at least {minSkinRestMinutes} minutes, usually {gapFrom} to {gapTo} hours, before the next round.",
      cautionsTitle: "Don't use cold (or heat):",
      cautions: {
        numb_skin: "on skin that feels numb",
        raynauds: "if you have Raynaud's (fingers or toes turn white or blue in the cold)",
        cold_urticaria: "if cold gives you hives (cold urticaria)",
        poor_circulation: "if you have poor circulation",
        diabetic_neuropathy: "if you have numb feet or skin from diabetes (neuropathy)",
      },
      numbSkinWarning:
        "You said part of your leg or body feels numb: never put a cold or hot pack on numb skin.",
    },
    heat: {
      title: "Heat",
      body: "A heat wrap or warm pack (not hot) has better research support than cold for a new back spasm. Use it for up to {maxMinutes} minutes at a time, never while asleep. Try both and use what helps you.",
    },
    medicines: {
      title: "Pain relief",
      body: "A pharmacist or doctor can advise which pain relief is right for you. BackTalk does not give medicine advice or doses.",
    },
    watchFor: {
      title: "When to get help",
      emergency: "Call your emergency number now if you get:",
      urgent: "See a doctor the same day if you get:",
      soon: "Book a doctor's appointment if:",
    },
    borderline: {
      nearly_three_weeks:
        "It has been 2 weeks or more. If it is not clearly better by {betterBy}, book a doctor's appointment.",
      one_earlier_episode:
        "This is the second spasm in the same place this year. If it comes back again, book a doctor's appointment.",
    },
    betterBy: "It should be clearly better by {betterBy}. If not, book a doctor's appointment.",
    recheck: "Check in again on {recheckOn}, or sooner if anything changes.",
  },
  /** The doctor report: headings and fixed phrases (its clinical wording comes from the sections above). */
  report: {
    title: "BackTalk: back pain summary for a clinician",
    subtitle: "Made from the person's own check-ins. Information to support a consultation, not a diagnosis.",
    demoBanner: "EXAMPLE DATA - not a real person",
    generated: "Made {date}",
    knowledgeVersion: "Knowledge version {version} (reviewed {reviewed})",
    advice: "Advice given",
    course: "Course",
    statuses: {
      new_warning_sign: "New warning sign reported at a check-in",
      not_better_after_3_weeks: "Not better after 3 weeks",
      keeps_coming_back: "Keeps coming back in the same place",
      worse_despite_self_care: "Getting worse despite a week of self-care",
      improving: "Improving",
      unchanged: "About the same",
      worsening: "Getting worse",
      too_early: "Too early to tell",
    } satisfies Record<CourseStatus, string>,
    onset: "Onset {date}",
    started: "{date}, {ago}",
    ago: "{days, plural, one {# day ago} other {# days ago}}",
    agoToday: "today",
    range: "{from} to {to}",
    howItStarted: "How it started",
    trend: "Trend: {trend}",
    trendDetail: "worst pain first days {baseline}/10, latest days {recent}/10",
    reasons: "Why (rules that fired, with the answers behind them)",
    noRules: "No rule fired.",
    missing: "Not yet answered, could change the advice: {facts}",
    causes: "Possible causes to discuss",
    causesNote: "Possibilities, not a diagnosis.",
    timeline: "Episodes",
    timelineWindow: "last 12 months",
    episode: "Episode",
    current: "current",
    resolved: "settled",
    ongoing: "ongoing",
    days: "{days, plural, one {# day} other {# days}}",
    dayToday: "today is day {days}",
    peak: "worst {pain}/10",
    noEpisodes: "No episodes with pain logged.",
    painChart: "Pain in the current episode (0-10, worst in the last 24 hours)",
    painAxis: "pain",
    coldMark: "cold round",
    walkMark: "walk",
    noPainData: "No check-ins with pain in this episode.",
    warningSigns: "Warning signs",
    reported: "Reported (yes)",
    screened: "Asked, answered no",
    noneReported: "None reported.",
    noneScreened: "None asked yet.",
    earlierReported: "yes on {date}",
    selfCare: "Self-care tried (this episode)",
    selfCareLine:
      "{coldRounds, plural, one {# cold round} other {# cold rounds}} and {walks, plural, one {# walk} other {# walks}} ({walkMinutes, plural, one {# minute} other {# minutes}}) logged on {loggedDays, plural, one {# day} other {# days}}; self-care for {selfCareDays, plural, one {# day} other {# days}}.",
    answers: "Answers",
    page: "BackTalk report",
    demoNotes: [
      "Woke up stiff, eased after a shower.",
      "Long day sitting at work: worse by the evening.",
      "Slept badly.",
    ],
  },
} as const;

export interface FactText {
  readonly question: string;
  readonly short: string;
  /** The unit of a count, by plural form ("1 day", "3 days"). */
  readonly unit?: PluralForms;
  /** A short, plain way to tell whether a warning sign is there, so fewer people need "not sure". */
  readonly howToTell?: string;
  readonly options?: Readonly<Record<string, string>>;
  readonly findOut?: string;
}
