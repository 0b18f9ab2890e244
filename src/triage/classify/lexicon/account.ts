/** Account problems: takeover by someone else vs. the owner simply unable to get in. */
import type { LexiconSource } from './entry';

const SOMEONE = `(?:someone|somebody|some one|a stranger|a hacker|hacker|they|he|she|my ex|random person)`;
const CREDENTIAL = `(?:e ?mail|password|pass|phone(?: number)?|number|username|user name|bank (?:details|account|info)|payout (?:details|account|bank)|address|2fa|login|recovery)`;

// "It wasn't me" fits a takeover and an unknown charge alike: it counts for both (see payments.ts).
export const DENIAL = `to nie (?:ja|bylem|bylam)\\b|(?:yo )?no fui yo|yo no fui|(?:war|bin) ich (?:das )?nicht|ich war (?:das )?nicht|das war (?:nicht ich|ich nicht)`;

export const ACCOUNT: LexiconSource = {
  account_takeover: [
    // en
    [3.5, `hack(?:ed|er|ers|ing)?\\b|compromised|took over my|taken over|account (?:was |got |has been )?stolen|stole my account|hijack`],
    [3.5, `${SOMEONE} (?:has |had |have |is |was )?(?:logged in|log into|logged into|got into|gotten into|broke into|accessed|got access|gained access|is (?:logging|using) (?:into )?my account)`],
    [3, `${SOMEONE} (?:has |had |have )?(?:\\w+ ){0,4}changed (?:my |the )?${CREDENTIAL}|${CREDENTIAL} (?:was|were|has been|have been|got|had been) (?:changed|reset|updated|removed)|changed (?:my |the )?${CREDENTIAL}.{0,60}(?:not me|wasnt me|i didnt|i did not|dont recognize|didnt do)`],
    [3, `(?:my )?account (?:is |was |keeps )?(?:sending|posting|messaging|listing|buying|bidding)|by someone else`],
    [3.5, `(?:already )?changed by (?:someone|somebody)`],
    // An ex-partner who still has the login is someone else in the account.
    [3.5, `(?:my )?ex\\w* (?:\\w+ ){0,2}(?:has|knows|still has|uses|is using|keeps using|logs into|got into) my (?:login|password|account|acct)|mi ex (?:\\w+ )?(?:sabe|tiene|conoce|usa) mi (?:contrasena|cuenta)|mon ex (?:\\w+ )?(?:a garde|garde|connait|a) mon (?:mot de passe|compte)|(?:il )?mio ex (?:\\w+ )?(?:ha|conosce|sa|usa) (?:la mia |il mio )?(?:password|account)|mein ex\\w* (?:\\w+ )?(?:kennt|hat|nutzt) mein(?:en)? (?:passwort|konto|account)|(?:moj|moja) (?:byly |byla )?(?:ex|eks)\\w* (?:zna|ma|uzywa) (?:moje )?(?:haslo|konto)`],
    [2.5, `login (?:alert|notification|attempt)|device i dont (?:own|recognize)|(?:new|unknown|unrecognized) (?:device|location|login)|from another country|messages? (?:sent )?from (?:it|my account) that i|(?:messages|listings?|posts) .{0,20}i (?:didnt|did not|never) (?:write|send|post|create|make)|has my (?:login|password)|using my account|(?:controls|uses|took|has access to|logs into|logging into) my (?:account|acct)|new shipping address .{0,40}dont recognize|not me\\b|(?:wasnt|was not|werent|it wasnt) me\\b`],
    [3, `(?:codes?|kody|kodow|sms|codigos?)\\w* .{0,30}(?:(?:i )?(?:didnt|did not|never) (?:request|ask)|nicht angefordert|nie (?:zamawial|prosil|zadal)|no (?:pedi|solicite|he pedido))`],
    [1.5, DENIAL],
    [2.5, `nie ja (?:zmienial|zmienil)|i didnt (?:change|do|request) (?:it|that|this)|(?:o zmianie|zmiana) hasla|(?:password|passwort|contrasena)\\w* (?:wurde |was |fue )?(?:changed|geandert|cambiad)`],
    [3.5, `gekapert|(?:auszahlungsdaten|bankdaten|kontodaten|dane do wyplat|datos bancarios|payout (?:details|method|info|account)|bank (?:details|info))\\w* .{0,40}(?:umgestellt|ge(?:a|ae)ndert|changed|cambiad|zmienion|zmienil)|(?:umgestellt|changed|cambiaron|zmienil)\\w* .{0,30}(?:auszahlungsdaten|bankdaten|dane do wyplat|datos bancarios|payout (?:details|method|account))`],
    // A partner or relative who changed the login or the payout details is someone else in the account.
    [3, `(?:husband|wife|partner|boyfriend|girlfriend|ex|stepdad|dad|brother|sister|roommate|mother|father)\\w* (?:\\w+ ){0,3}(?:changed|switched|reset) (?:my |the |our )?(?:account |acct )?(?:password|email|e mail|payout|bank|phone|login|number)|payout (?:method|info|details|account|bank)\\w* .{0,40}(?:i didnt|i did not|i never|not me|wasnt me|didnt add|never added|ive never seen)|(?:payout method|payout info|payout details) (?:was |were |has been )?(?:updated|changed)`],
    [3, `(?:verk(?:a|ae)ufer)?(?:konto|account|acc) (?:wurde |ist )?(?:ubernommen|uebernommen|gestohlen|gehackt)|hat mein (?:verk(?:a|ae)ufer)?(?:konto|account) (?:ubernommen|uebernommen)|(?:auszahlungs\\w*|iban|bankverbindung|handynummer|telefonnummer)\\w* .{0,40}ge(?:a|ae)ndert`],
    [3, `(?:pareja|marido|novio|ex|mujer|novia|hermano|padrastro)\\w* (?:me )?(?:cambio|ha cambiado|puso|tiene la contrasena)|(?:ha|han) (?:entrado|accedido) (?:en|a) mi cuenta|han cambiado (?:el|la|los|las|mi|mis) (?:correo|contrasena|datos|cuenta|telefono)|me han robado la cuenta`],
    [3, `ktos (?:\\w+ ){0,2}(?:loguje|wchodzi|dostal|zalogowal)|zmieniono (?:\\w+ )?(?:numer|haslo|email|e mail|dane|rachunek)|(?:zmienil|zmienia) (?:\\w+ )?dane do wyplat|wchodzi na (?:moje|moim) kon|(?:nowego|nieznanego) urzadzenia`],
    // de
    [3.5, `gehackt|gehacked|gehakt|(?:jemand|fremde\\w*|hacker|unbekannte\\w*) .{0,40}(?:eingeloggt|angemeldet|zugriff|ge(?:ae|a)ndert|ubernommen|uebernommen)|konto (?:wurde )?(?:ubernommen|uebernommen|gestohlen)`],
    [2, `(?:passwort|e ?mail|bankdaten|telefonnummer|adresse)\\w* .{0,25}ge(?:ae|a)ndert`],
    // es
    [3.5, `alguien (?:\\w+ )?(?:cambio|entro|accedio|uso|usa|tiene) .{0,20}(?:cuenta|contrasena|correo)|hacke|hackearon|jaquear|(?:entro|entraron|accedio|accedieron|se metio|se metieron) (?:a|en) mi (?:cuenta|perfil)|robaron (?:mi|la) cuenta|cambiaron (?:mi|la|el|los|las)`],
    // pl
    [3.5, `wlam\\w*|zhakow|shakow|przejal|przejel|przejet|ktos (?:zmienil|zalogowal|wszedl)|(?:zmienil|zmienili)\\w* (?:mi )?(?:haslo|email|maila|numer|dane)`],
  ],
  account_access: [
    // en
    [3, `(?:cant|can not|cannot|unable to|couldnt|cant seem to|not able to|wont let me) (?:log ?in|login|sign ?in|access|get (?:in|into|back into|back in)|open my account)|locked out|log ?in (?:issue|problem)s?|account .{0,20}(?:locked|suspended|disabled|banned|restricted|deactivated)`],
    [3, `account (?:is |got |was |has been )?(?:locked|suspended|disabled|banned|restricted|deactivated|blocked)|(?:reset|forgot|forgotten|change) (?:my )?password|password reset|reset (?:password |pw )?(?:link|email|mail)|invalid password|wrong password|incorrect password`],
    [3, `(?:i|ive|i was|i got|got|been|im|i have been) (?:been |just |now |permanently )?(?:banned|suspended|deactivated)|zbanowan|baneado|baneada|(?:ich wurde|wurde ich) gesperrt|suspendu|(?<!\\b(?:lavete|lo avete|lhanno|lo hanno|lhan) )bannato|sospes[oa] (?:il mio )?account|face ?id|touch ?id|(?:cant|can not|dont|do not) remember (?:my )?password`],
    // A restriction on the account, in any of the six languages, however the sentence runs.
    [3, `(?:konto|account|cuenta|compte|acct)\\w* .{0,40}(?:gesperrt|eingeschr(?:a|ae)nkt|limitat[oa]|ograniczon|zablokowan|bloquead|restreint|bloque\\b|suspendu|sospes|bloccat)|let me (?:log|sign) ?in|captcha|zweryfikowac|(?:verifica|verificacion|verifizierung|weryfikacja) (?:selfie|facial|del selfie)\\w*`],
    // Identity verification the owner cannot complete (an access problem, not a takeover).
    [3, `(?:subir|cargar) (?:la )?(?:foto del? )?(?:dni|documento|pasaporte)|verificacion de identidad|(?:cant|cannot|unable to|wont let me|fails? to) (?:get )?verif|(?:id|identity|account) verification (?:fails?|failed|keeps|wont|doesnt|error|stuck)|upload (?:my |the )?(?:id|passport|document)|(?:konto|account) (?:zu )?verifizier|verifizierung (?:klappt|geht|funktioniert) nicht|(?:dokument|ausweis)\\w* .{0,30}(?:hochlad|nicht gelesen)|(?:no (?:puedo|consigo) )?verificar (?:mi )?(?:cuenta|identidad)|weryfikacj\\w* (?:konta|tozsamosci)|(?:nie moge|nie da sie) (?:zweryfikowac|przejsc weryfikacj)`],
    [2.5, `(?:logging|logs|signing|kicks|kicking) me out|session expired|2 ?fa|two factor|2 factor|authenticator|verification (?:code|email|screen|sms|text)|(?:otp|sms|login|security) code|code (?:not|isnt|never|doesnt)|get (?:back )?into my (?:account|acct)|back into my (?:account|acct)`],
    // A ban, mute or restriction the owner wants lifted, or an old account they want back: getting in again is the need.
    [2.5, `(?:chat|stream|selling privileges|account)\\w* (?:got |was |been |is |has been )?(?:banned|muted|restricted|suspended|blocked)|(?<!\\b(?:he|she|they|who|user|buyer|seller|guy|account|him|her) )(?:got|been|was|am|im) (?:chat )?(?:banned|muted)|(?:lift|remove|undo|reverse) (?:the |my |this |that )?(?:ban|restriction|suspension|mute|block)|unban|(?:reactivat\\w*|reopen|restore|recover|get back) (?:my |the |an? )?(?:old )?(?:seller )?account`],
    [2.5, `(?:chat|konto|account|stream)\\w*[- ]?sperre|sperre aufheben|entsperr|reaktivier|(?:konto|account)\\w* .{0,30}wiederherstell|(?:me habeis|me han|nos han|le habeis|le han) (?:silenciado|suspendido|bloqueado|baneado|restringido)|(?:quitar|levantar|revisad|revisar) (?:la |el )?(?:suspension|bloqueo|baneo|restriccion)|desbloque\\w* (?:mi |la |su )?cuenta|(?:reactivar|recuperar) (?:mi |la |el )?(?:antigua |vieja )?(?:cuenta|perfil)`],
    [2.5, `(?:przywroc|odzyska|odblokow)\\w* (?:moje |stare |mojego |starego )?kont|dostal\\w* bana|\\bbana?\\b (?:na|za)\\b|zdj\\w* (?:bana|blokad)`],
    // de
    [3, `(?:kann|komme) (?:mich )?nicht (?:mehr )?(?:ein ?loggen|anmelden|rein|in mein)|nicht (?:mehr )?(?:einloggen|anmelden)|passwort (?:vergessen|zur(?:u|ue)ck ?setzen)|(?:bestatigungs|bestaetigungs|verifizierungs|sicherheits)code|konto (?:ist |wurde )?gesperrt|code kommt nicht`],
    [1.5, `passwort|login|reset`],
    // es
    [3, `recuperar (?:mi |la )?cuenta|no puedo (?:entrar|iniciar|acceder|ingresar)|iniciar sesion|codigo de (?:verificacion|seguridad|acceso)|no (?:me )?(?:llega|llegan|recibo|he recibido) (?:el |los |ningun )?(?:codigo|correo|email|sms|enlace|mensaje)|cuenta (?:esta |fue |ha sido )?(?:bloqueada|suspendida|desactivada)|olvid\\w* (?:la |mi )?contrasena`],
    [1.5, `contrasena|verificacion`],
    // pl
    [3, `odzyskac (?:konto|dostep)|nie pamietam hasla|nie (?:moge|mozna) sie zalogowac|zalogowac|logowani|kod (?:weryfikac|sms|do logowania)|nie moge wejsc na konto|konto (?:jest )?zablokowan|haslo nie dziala|reset(?:u)? hasla|mail do resetu`],
    [1.5, `haslo|hasla`],
  ],
};
