/**
 * Families added after fresh batch 3 (scored before any fix, 2/16): being gone for good, notes
 * and goodbyes already said, sleeping forever, everything in the medicine cabinet, a bullet in the
 * head, arson threats, "mein Leben beenden", "(sich) etwas anzutun", rope/noose in ES/PL/DE,
 * "he'll kill me" + fear, "jutro mnie już nie będzie", throat-cutting threats. Normalised alphabet.
 */
import { compileCrisis } from './pattern';

export const EN_BATCH3_PATTERNS = compileCrisis('en', [
  ['suicidal_ideation', `(?:ill|i will|im going to|i am going to|i will already|ill already) be (?:gone|long gone|dead)\\b|gone for good|(?:said|saying|say) (?:all )?(?:my )?goodbyes\\b|before i (?:could|can|get to) do it|(?:found|read|saw|finds|reads) my (?:suicide |goodbye |last )?note|(?:sleep|go to sleep|fall asleep) forever|(?:took|taken|swallowed|take) (?:everything|all) (?:\\w+ ){0,3}(?:medicine|medicines|meds|pills|cabinet)|(?:bullet|gun) (?:in|to|through) (?:my|his|her) (?:head|brain|mouth)|blow (?:my|his|her) brains out`],
  ['immediate_danger', `burn (?:my|our|your) (?:house|home|place|flat|apartment|car) down|(?:burn|torch)\\w* (?:down )?(?:my|our) (?:house|home|place)|(?:kill|hurt) me\\b.{0,40}(?:im|i am) (?:scared|afraid|terrified)|(?:im|i am) (?:scared|afraid|terrified)\\b.{0,50}(?:kill|hurt) me\\b`],
  ['distress', `done with everything|(?:written|wrote|made|updated) my will\\b`, 'weak'],
]);

export const DE_BATCH3_PATTERNS = compileCrisis('de', [
  ['suicidal_ideation', `(?:mein|sein|ihr|das) leben (?:zu )?beenden|(?:sich|mir|mich|dir) (?:\\w+ ){0,3}(?:etwas|was) (?:an ?zutun|an ?tun)|(?:hab|habe) (?:schon )?(?:einen |den )?strick|(?:morgen|bald) (?:bin ich|ich bin) nicht mehr (?:da|hier)|fur immer einschlafen|fuer immer einschlafen`],
  ['immediate_danger', `bringt mich um\\b.{0,40}angst|angst\\b.{0,50}(?:bringt mich um|umbringen)`],
]);

export const ES_BATCH3_PATTERNS = compileCrisis('es', [
  ['suicidal_ideation', `(?:tengo|compre|prepare|ya tengo) (?:la |una )?(?:soga|cuerda) (?:lista|preparada|para)|(?:tengo|compre|prepare|ya tengo) (?:la |una )?soga|soga (?:lista|preparada)|manana ya no (?:estare|existire)|dormir para siempre`],
  ['immediate_danger', `me (?:mata|matara|va a matar)\\b.{0,40}miedo|miedo\\b.{0,60}me (?:mata|matara|va a matar)\\b`],
]);

export const PL_BATCH3_PATTERNS = compileCrisis('pl', [
  ['suicidal_ideation', `(?:nigdy|wiecej|juz) (?:sie )?nie obudz|(?:jutro|wkrotce|niedlugo|dzis|dzisiaj) mnie (?:juz )?nie (?:bedzie|ma)\\b|(?:mam|kupilem|kupilam|przygotowal\\w*) (?:juz )?(?:sznur|petle|stryczek)`],
  ['immediate_danger', `podern\\w*|poderz\\w*|(?:znajdzie|dopadnie) mnie|mnie (?:znajdzie|dopadnie)`],
]);
