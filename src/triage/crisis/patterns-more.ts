/**
 * German, Spanish and Polish crisis language, second set: the same structural families as
 * patterns-en-more.ts (death wishes of any person, "do something to myself", absence, farewell
 * messages, places and methods, danger at the door, adults approaching children).
 * Normalised alphabet: no diacritics (ä→a, ñ→n, ł→l, ż→z), hyphens become spaces.
 */
import { compileCrisis } from './pattern';

export const DE_MORE_PATTERNS = compileCrisis('de', [
  ['suicidal_ideation', `sterben (?:will|wolle|wollen|mochte|moechte|wollte|mochten)|(?:will|mochte|moechte|wollte|wolle|wurde (?:gern|lieber)) (?:\\w+ ){0,3}sterben|(?:am liebsten|lieber|besser) tot\\b|(?:ware|waere) (?:ich )?(?:am liebsten |lieber |besser )?tot\\b|sich (?:\\w+ ){0,2}(?:umbringen|umzubringen|das leben (?:zu )?nehmen|etwas antun|was antun|erhangen)|nicht mehr leben (?:will|mochte|wollte)`],
  ['self_harm', `(?:tu|tue|tun|mache|mach) (?:ich )?(?:mir|mich) (?:etwas|was|noch was) an\\b|mir (?:etwas|was) (?:an ?tun|anzutun)|sich (?:\\w+ )?(?:ritzt|ritzen|verletzt|schneidet)\\b`],
  ['suicidal_ideation', `abschieds(?:brief|nachricht|text|mail|video|post|worte|sms)\\w*|niemand (?:wurde|wuerde|wird|hatte|haette) (?:es |mich )?(?:\\w+ )?(?:merken|vermissen|bemerken|auffallen)|(?:sagt|sag|sagen sie|richtet) (?:meiner|meinem|meinen) \\w+,? (?:dass )?(?:es mir leid|ich (?:sie|ihn|euch|dich) liebe)|ich bin dann (?:mal )?weg(?= ?[.!]| $)`],
  ['suicidal_ideation', `(?:stehe|sitze|bin|steh|sitz) (?:\\w+ ){0,2}(?:auf|an) (?:der|einer|dem|den) (?:brucke|bruecke|dach|gleisen|gleis|hochhaus|klippe)|vor (?:den|einen|einen fahrenden) zug|(?:springe|springen|spring|sturze|stuerze) (?:mich )?(?:\\w+ ){0,2}(?:von der|vom|von einer|von einem)`],
  ['distress', `verabschiede mich|lebt wohl|keinen ausweg|letzte hoffnung`, 'weak'],
  ['immediate_danger', `(?:schlagt|schlaegt|hammert|haemmert|tritt|tretet) (?:\\w+ ){0,2}(?:gegen|an) (?:die|meine|unsere) (?:tur|tuer|haustur|fenster)|(?:mein ex|er|der typ|der mann|der verkaufer|der kaufer|jemand|ein mann)\\b (?:\\w+ ){0,3}(?:steht|wartet|lauert) (?:\\w+ ){0,2}vor (?:meiner|unserer|der|meinem) (?:tur|tuer|haustur|wohnung|haus)|(?:messer|waffe|pistole)\\b.{0,50}(?:nach hause|zu mir|vor meiner)|(?:nach hause|zu mir)\\b.{0,30}(?:messer|waffe|pistole)`],
  ['child_safety', `(?:schreibt|schickt|fragt|bittet|chattet|anschreibt)\\w* .{0,40}(?:kind|kinder|madchen|maedchen|junge|jungen|minderjahrig\\w*|\\d+ ?jahrig\\w*).{0,80}(?:fotos|bilder|nackt|treffen|geheim|niemandem|nicht erzahlen)|(?:kind|kinder|madchen|sohn|tochter|minderjahrig\\w*|\\d+ ?jahrig\\w*).{0,100}(?:niemandem (?:davon )?(?:erzahlen|sagen)|geheim (?:halten|bleiben))`],
]);

export const ES_MORE_PATTERNS = compileCrisis('es', [
  ['suicidal_ideation', `se (?:quiere|queria|va a|piensa|quiso) (?:morir|matar|suicidar|quitar la vida)|quiere (?:morirse|matarse|suicidarse)|quitarse la vida|(?:quiero|queria) (?:estar )?muert[oa]`],
  ['self_harm', `(?:me voy a|me quiero|voy a|quiero|me puedo|ganas de) hacer(?:me)? dano|(?:me estoy|estoy|sigo|me sigo|se esta|esta) cortando|cortandome|cortandose|(?:hacerse|se hace) dano|se corta\\b|cortarse|me quemo|quemarme`],
  ['suicidal_ideation', `nadie (?:\\w+ )?(?:notaria|se daria cuenta|me extranaria|lo notaria|me echaria de menos|me extrana)|si (?:yo )?(?:desapareciera|me muriera|me fuera para siempre|ya no estuviera)|(?:no le veo|no veo|sin) sentido (?:a|de|en) (?:nada|la vida|vivir|seguir)|(?:ni a|ni) seguir viv[oa]|seguir viviendo`],
  ['suicidal_ideation', `(?:guardando|juntando|acumulando|guarde|junte|tengo) (?:\\w+ ){0,2}(?:pastillas|pildoras|medicamentos)|(?:tome|me tome|me trague|tomar|tomarme) (?:todas|muchas|un monton de|un bote de) (?:las |mis )?(?:pastillas|pildoras)`],
  ['suicidal_ideation', `(?:estoy|parado|parada|de pie|sentad[oa]) (?:\\w+ ){0,3}(?:en|sobre) (?:el|un|la|una) (?:puente|azotea|cornisa|tejado|borde|vias)|(?:tirarme|me (?:quiero|voy a) tirar) (?:(?:de|desde) (?:un|una|el|la|lo) (?:edificio|puente|balcon|ventana|azotea|tejado|alto|piso)|del (?:puente|edificio|balcon|tejado|techo)|por (?:la|una) ventana|bajo (?:un|el|las|los) (?:tren|coche|camion|ruedas|metro)|a las vias|al tren)|(?:diganle|dile|digale|digan|decile|decirle) a mi \\w+ que (?:lo siento|l[oa]s? quiero|perdon|me perdone)|mensaje de despedida|me despido de (?:todos|ustedes|todo|este mundo)|adios (?:a todos|para siempre|mundo)`],
  ['distress', `adios(?= ?[.!]? $)|ultima esperanza|estoy harto de todo|estoy harta de todo`, 'weak'],
  ['immediate_danger', `con (?:una|un) (?:pistola|arma|cuchillo|navaja|machete)|(?:golpeando|pateando|aporreando|golpea|patea|aporrea) (?:la|mi) (?:puerta|ventana)|(?:esta|estan) (?:afuera|fuera|en la puerta|en mi puerta) (?:\\w+ ){0,3}(?:golpeando|gritando|pateando|amenazando)`],
  ['child_safety', `(?:pidiendo|pide|pidio|escribe|escribiendo|manda|mandando|habla|hablando)\\w* .{0,40}(?:nino|nina|menor|\\d+ anos|hijo|hija).{0,60}(?:fotos|desnud|quedar|verse|secreto)|(?:fotos|desnud\\w*|quedar|verse) .{0,40}(?:a|con) (?:un|una|mi|el|la) (?:nino|nina|menor|hijo|hija)`],
]);

export const PL_MORE_PATTERNS = compileCrisis('pl', [
  ['suicidal_ideation', `odbi\\w* sobie zyci|odebra\\w* sobie zyci|skoncz\\w* ze wszystkim|skoncze z tym (?:wszystkim|dzis|dzisiaj|w nocy|na zawsze|raz na zawsze)|(?:chce|chcial|chciala|chcialby|chcialaby) (?:sie )?(?:zabic|umrzec|powiesic)|nie chce sie (?:juz )?(?:obudzic|budzic)|nie chce (?:juz )?(?:sie )?obudzic`],
  ['suicidal_ideation', `(?:mam|mam juz|przygotowal\\w*|zebral\\w*|odkladam|zbieram|odlozyl\\w*) (?:\\w+ ){0,2}tabletki|tabletki (?:\\w+ ){0,2}(?:gotowe|przygotowane|odlozone)|(?:lyknal\\w*|polknal\\w*|wzial\\w*|wzielam|wzialem|nalykal\\w*) (?:wszystkie|cale|duzo|opakowanie) (?:\\w+ )?(?:tabletki|tabletek|leki|lekow)`],
  ['suicidal_ideation', `nikt (?:by )?(?:nawet )?(?:nie )?(?:zauwazyl|zauwazy|zauwazylby|zauwazylaby|zatesknil|zatesknilby)|gdybym (?:zniknal|zniknela|umarl|umarla|odszedl|odeszla)|(?:stoje|siedze|jestem|stoi) (?:\\w+ ){0,2}na (?:moscie|dachu|torach|krawedzi|parapecie)|(?:powiedz\\w*|przekaz\\w*) (?:mojej|mojemu|moim|mamie|tacie|zonie|mezowi|synowi|corce) .{0,20}(?:przepraszam|kocham)|(?:wiadomosc|list|sms|wpis)\\w* pozegnaln\\w*|pozegnaln\\w* (?:wiadomosc|list|sms)|zegnajcie|zegnam (?:sie|was) na zawsze`],
  ['distress', `nie dam rady|mam dosc wszystkiego|ostatnia nadzieja|nie wytrzymuje`, 'weak'],
  ['immediate_danger', `(?:wali|dobija sie|kopie|lomocze|tlucze) (?:\\w+ )?(?:w|do) (?:drzwi|okno|okna|nie)\\b|(?:moj byly|byly|on|ten facet|sprzedawca|kupujacy|ktos)\\b.{0,30}(?:stoi|czeka|czai sie) pod (?:drzwiami|domem|oknem|blokiem|klatka)|(?:nozem|bronia|pistoletem|siekiera)\\b.{0,40}(?:domu|mieszkania|mnie)|(?:domu|mieszkania|do mnie)\\b.{0,40}(?:z nozem|z bronia|z pistoletem)`],
  ['child_safety', `(?:pisze|prosi|wysyla|namawia|zaczepia)\\w* .{0,40}(?:dziec\\w*|nieletni\\w*|\\d+ ?letni\\w*|corki|syna|dziewczynki|chlopca).{0,80}(?:zdjec|zdjecia|nago|nagie|spotka|sekret|tajemnic)`],
]);
