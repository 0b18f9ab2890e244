/** German crisis language (folded: ä→a, ö→o, ü→u, ß→ss; "ue"/"ae" spellings handled). */
import { compileCrisis } from './pattern';

export const DE_PATTERNS = compileCrisis('de', [
  ['suicidal_ideation', `suizid|selbstmord|freitod|suizidgedanken|lebensmude|lebensmuede`, 'negatable'],
  ['suicidal_ideation', `(?:mich|mir) (?:selbst )?(?:umbringen|umbrigen|umzubringen|umbingen|das leben nehmen|toten|erhangen|erhaengen|etwas antun|was antun)|mich umzu\\w*|(?:ich )?bringe? mich (?:\\w+ ){0,2}um\\b|(?:die |alle |meine )?tabletten (?:schon |alle )?(?:hier|bereit|gesammelt|gehortet|liegen)|(?:hab|habe) (?:die|alle|genug) tabletten|(?:keine lust|keinen bock|keine kraft) mehr (?:zu |auf )?(?:leben|das leben)`],
  ['suicidal_ideation', `(?:will|mochte|moechte|wurde gern|will einfach) (?:nur noch |einfach )?(?:sterben|tot sein|nicht mehr leben|nicht mehr aufwachen)|nicht mehr leben|will (?:einfach |echt |wirklich )?nicht mehr(?= ?[.,!?;]| $| und| ich| alles)|keinen sinn mehr|(?:leben|alles) (?:ist )?(?:so )?sinnlos|ohne mich besser|besser tot|allem ein ende|dem ganzen ein ende|von der brucke|tabletten (?:nehmen|schlucken)`],
  ['suicidal_ideation', `abschiedsbrief|(?:keinen|kein) sinn (?:mehr )?(?:im|zu|am) leben|keinen grund mehr zu leben|will nicht mehr (?:da|hier) sein|mein letzter tag|(?:will|mochte) dass (?:es|alles) aufhort|nicht mehr aufwachen|will (?:einfach )?weg sein`],
  ['self_harm', `verletze mich|schneide mich|ritz\\w*|ritzen|geritzt|selbstverletz|(?:mich|mir) (?:selbst )?(?:verletzen|schneiden|weh tun|wehtun)|schneide mich`],
  ['immediate_danger', `weiss wo ich wohne|weis wo ich wohne|kennt meine adresse|(?:er|sie|der|die|jemand|typ|mann|kaufer|verkaufer|nutzer|user|ex|freund)\\b.{0,60}(?:droht|gedroht|gesagt|sagt|will|wird|kommt)\\w* .{0,40}mich .{0,15}(?:umbringen|umzubringen|um\\b|toten|schlagen|verletzen|abstechen|erschiessen)|(?:schlagt|schlaegt|verprugelt|verpruegelt|wurgt) mich|angst um mein leben|hat mich (?:\\w+ )?(?:geschlagen|verpr(?:u|ue)gelt|gew(?:u|ue)rgt|getreten)|werde (?:zu hause |zuhause )?(?:geschlagen|misshandelt|missbraucht)|in (?:lebens)?gefahr|hausliche gewalt|haeusliche gewalt|morddrohung|mit (?:einem|nem) (?:messer|waffe|pistole)|(?:messer|waffe|pistole) (?:dabei|gezogen)`],
  ['child_safety', `(?:kind|sohn|tochter|minderjahrig|\\d+ ?jahrig).{0,80}(?:will|wollte|fragt|schreibt|schickt|bittet)\\w* .{0,40}(?:treffen|nacktbilder|nacktfotos|fotos|bilder)|grooming`],
  ['distress', `ich kann nicht mehr|weiss nicht mehr weiter|weis nicht mehr weiter|alles verloren|keinen ausweg|hoffnungslos|schluss machen`, 'weak'],
]);
