/**
 * English crisis language, second set: families combined by structure rather than fixed
 * sentences — death wishes of any person (the writer or someone they write about), hopelessness
 * about living, absence ("won't be around"), farewell messages, places and methods, danger at
 * the door, adults approaching children. Written in the normalised alphabet (no apostrophes).
 */
import { compileCrisis } from './pattern';

const SELVES = `(?:him|her|them|my|your)sel(?:f|ves)`;
const KIN = `(?:son|daughter|kids?|children|wife|husband|mom|mum|mother|dad|father|parents|family|brother|sister|friends?|gf|bf|girlfriend|boyfriend|partner|cat|dog)`;
const CHILD = `(?:kids?|child|children|minor|son|daughter|(?:little|young) (?:girl|boy)|teen\\w*|\\d+ ?(?:yo|y o|year old|yr old|years old))`;

export const EN_MORE_PATTERNS = compileCrisis('en', [
  // Death wishes and suicide of any person: "my daughter says she wants to die", "he said he'd kill himself".
  ['suicidal_ideation', `(?:wants?|wanted|wanting|wanna|wishe?s?|wishing) (?:to )?(?:just )?(?:die|be dead|not be alive|stop living)\\b|kill (?:him|her|them)sel(?:f|ves)|(?:take|taking|end|ending|took|ended) (?:his|her|their) (?:own )?life|(?:is|was|are|were) (?:suicidal|thinking about suicide)`],
  ['self_harm', `(?:cut|cutting|cuts|hurt|hurting|hurts|harm|harming|harms|burn|burning) ${SELVES}(?! (?:on|opening|with the|while opening) (?:the |a |this )?(?:box|package|packaging|card|slab|tape|case|glass|parcel|blister))|(?:cut|cutting) (?:my|his|her) (?:arms?|wrists?|legs?|thighs?)\\b`],
  // Hopelessness about living (not about an order): "I don't see the point of anything anymore".
  ['suicidal_ideation', `see (?:the|any|a) (?:point|reason|sense) (?:of|in|to)? ?(?:anything|anymore|living|life|going on|it all|being (?:here|alive)|existing)|(?:no|any|the) (?:point|reason) (?:for me )?(?:in |to |of )?(?:living|to live|live|going on|to go on|to keep going|being alive|existing|anything anymore)\\b|nothing (?:to live for|worth living for)|(?:whats|what is) the point (?:of )?(?:anything|anymore|living|life|going on|it all|of it all)`],
  // Absence: "I won't be around to leave a review anyway", "nobody would notice if I disappeared".
  ['suicidal_ideation', `(?:wont|will not|im not gonna|not going to|i will not) be (?:around|here|alive) (?:anyway|anymore|much longer|for long|by then|after (?:tonight|today))|(?:wont|will not) be (?:around|here|alive) (?:\\w+ ){0,6}anyway\\b|(?:notice|care|miss me|matter|remember me)\\w* (?:\\w+ ){0,2}(?:if|when|once) i (?:just )?(?:disappeared|disappear|vanished|vanish|was gone|were gone|am gone|died|die|wasnt here|werent here|ended it|killed myself)`],
  ['distress', `(?:wont|will not) be (?:around|here|alive) to (?:see|leave|read|care|deal|enjoy|worry)`, 'weak'],
  // Farewell messages and last words, for the writer or someone they write about.
  ['suicidal_ideation', `(?:goodbye|farewell|good bye) (?:text|message|msg|note|letter|post|video|email|voicemail|call)s?\\b|(?:sent|texted|wrote|posted|left) (?:me |us |everyone )?(?:a |his |her |their )?(?:goodbye|farewell)\\b|tell my ${KIN} (?:that )?(?:i(?:m| am)? (?:so |really )?sorry|sorry|i love)|(?:wrote|written|writing|left) (?:\\w+ )?(?:letters?|notes?) (?:to|for) (?:my ${KIN}|everyone|everybody)|goodbye (?:everyone|everybody|all|guys|world|forever|cruel)`],
  ['distress', `(?:this is|these are) my (?:last|final) (?:message|words|post|goodbye)|goodbye(?= ?[.!]? $)|im (?:so )?done(?= ?[.!]| $)|cant (?:keep going|go on|carry on)|(?:my )?last hope|(?:so|really) tired of (?:everything|it all)`, 'weak'],
  // Places and methods: "I'm standing on the bridge", "going to jump tonight", "meds lined up".
  ['suicidal_ideation', `(?:standing|sitting|stood|im|i am|here|now) (?:\\w+ ){0,2}(?:on|at) (?:the|a|this|top of the) (?:bridge|roof|rooftop|ledge|edge|train tracks|tracks|cliff|overpass)|(?:going to|gonna|about to|ready to|want to|wanna|plan(?:ning)? to|will) jump (?:off|from|in front|tonight|today|now)\\b|(?:going to|gonna|about to|ready to) jump(?= ?[.!]| $)`],
  ['suicidal_ideation', `(?:took|taken|swallowed|downed|take|taking|gonna take) (?:all|too many|a bunch of|a handful of|a lot of|the whole|an entire|every one of|all of) (?:of )?(?:my |the |those |these )?(?:\\w+ )?(?:pills|tablets|meds|medication|medicine|bottle|pack|packet)|(?:pills|tablets|meds|medication) (?:\\w+ ){0,3}(?:lined up|ready|counted out|in front of me|saved up|stockpiled)|(?:saved|saving|stockpiling|hoarding|collecting|collected) (?:up )?(?:\\w+ ){0,2}(?:pills|tablets|meds)`],
  ['suicidal_ideation', `(?:sleep|go to sleep|fall asleep) and (?:not|never) wake up|(?:dont|do not|never) want to wake up|hope i (?:dont|do not|never) wake up|ctb\\b|(?:catch|catching) the bus (?:tonight|for good)`],
  // Danger at the door: "my ex is outside right now hitting the door".
  ['immediate_danger', `(?:hitting|banging|pounding|kicking|punching|smashing|beating) (?:on |at |in )?(?:my|the|our) (?:front )?(?:door|window|windows)|(?:my ex|he|she|someone|somebody|a guy|a man|the seller|the buyer|stalker|they|a stranger)(?: is| s| are|s been| keeps) (?:\\w+ ){0,2}(?:outside (?:right now|now|my|our)|at my window)`],
  ['immediate_danger', `(?:come|coming|show up|showing up|turn up|drive) (?:\\w+ ){0,2}(?:to|at|over to|by) my (?:house|home|place|door|work|job|apartment|flat)\\b.{0,40}(?:gun|knife|weapon|bat|hurt|kill|beat|shoot|stab)|(?:gun|knife|weapon)\\b.{0,40}(?:to|at) my (?:house|home|place|door)`],
  // Adults approaching children, either order: "messaging a kid asking for pictures", "keep it secret from mom".
  ['child_safety', `${CHILD}.{0,100}(?:keep (?:it |this )?(?:a )?secret|dont tell (?:your|ur|her|his) (?:mom|mum|dad|parents)|secret from (?:her|his|their|my) (?:mom|mum|dad|parents)|send (?:him |me )?(?:nudes|pics of (?:her|him)self))|(?:messag|dm|asking|asked|texting|contacting|talking to|chatting with)\\w* (?:\\w+ ){0,3}(?:a |my |our |the )?${CHILD}.{0,80}(?:pictures|photos|pics|nudes|meet|snapchat|snap|discord|telegram|address|alone|secret)`],
]);
