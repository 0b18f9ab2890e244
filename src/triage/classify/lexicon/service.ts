/**
 * Evidence for `other`: how-to and service questions (labels, show scheduling, tax forms, app
 * bugs, feature requests) that carry no trust & safety problem. They raise the bar another
 * intent must clear, so a statistical hint ("compradores" → chargeback) does not turn a label
 * question into a case. Real problem phrases still win: these weigh 1.5–2.
 */
import type { LexiconSource } from './entry';

export const SERVICE: LexiconSource = {
  other: [
    // en
    [3.5, `1099\\b|tax (?:form|document)s?\\b|(?:how (?:do|can) i|want to|like to|can i|need to) (?:change|update|edit) (?:the |my )?(?:shipping |delivery )?address|(?:how (?:do|can) i|want to|like to) (?:delete|close) my account|(?:zmienic|zmiana) adres\\w*|cambiar (?:la |mi )?direccion|(?:adresse|lieferadresse) (?:andern|aendern)|(?:konto|cuenta|konta) (?:loschen|loeschen|eliminar|usunac|borrar)|(?:eliminar|borrar|usunac|loschen|loeschen) (?:mi |moje |mein )?(?:cuenta|konto)`],
    // Sending an order not yet shipped to a new address (a request, not "someone changed it").
    [3.5, `change (?:it|the address|my address|the shipping address|the delivery address) (?:to|on)|(?:going|go|ship\\w*|sent) to my old (?:address|apartment|apt|place|house)|typed my address wrong|changer (?:mon |l)?adresse (?:de livraison|par defaut)|comment (?:je )?change\\w* (?:mon |l)?adresse|(?:cambiare|come (?:si )?cambi\\w*|posso cambiare) (?:l)?indirizzo|statt an die alte adresse|adresse (?:\\w+ ){0,2}(?:andern|aendern)`],
    [2, `shipping label|print (?:a |the |my )?labels?|(?:schedule|reschedule|plan) (?:a |my |the )?(?:show|stream|live|break)|tax (?:info|id)|w ?9\\b|vat (?:number|invoice)|(?:app|page|site) (?:crash|keeps crashing|freez|wont load)|crash(?:es|ing)? (?:when|every)|feature request|(?:add|plan to add) (?:a |an )?(?:feature|filter|option)`],
    [2, `how (?:do|does) .{0,30}\\bwork\\b|combined (?:orders|shipping)|combine (?:orders|shipping)|giveaways?|sorteo|gewinnspiel|rozdani|(?:seller|selling|verkaufs|vendedor\\w*|sprzedawc\\w*) ?(?:fees|gebuhr|comision|prowizj)|comision para|wie hoch sind|jak zostac|how (?:to|do i) become|change (?:my )?username|(?:nazw\\w* uzytkownika|benutzernamen?|nombre de usuario)`],
    [2, `notifications?|push (?:alerts?|messages)|dark mode|benachrichtigung\\w*|notificaci\\w*|powiadomie\\w*`],
    [1.5, `how (?:do|can) i (?:turn|switch) (?:off|on)|how (?:do|can) i (?:set up|add|create|change|use|list|go live|print|schedule|find|download)|is (?:it|there) (?:possible|a way)`],
    // de
    [2, `versand ?etikett|etikett\\w* (?:erstellen|drucken)|(?:stream|show|live)\\w* (?:planen|ansetzen)|planen\\b|steuer\\w*|rechnung\\w* (?:herunterladen|download)|app (?:sturzt|stuerzt|hangt|haengt)|sturzt ab|stuerzt ab`],
    [1.5, `wie (?:kann|erstelle|mache|finde|andere|aendere) ich`],
    // es
    [2, `etiqueta\\w* de envio|imprim\\w* (?:la |las )?etiqueta|programar (?:un |el )?(?:directo|show|stream|live)|hacienda|factura\\w*|impuesto|la app se (?:cierra|cuelga|bloquea)|se cierra sola`],
    [1.5, `como (?:imprimo|puedo|hago|programo|cambio|descargo)|donde (?:descargo|encuentro|veo)`],
    // pl
    [2, `etykiet\\w*|zaplanowac|zaplanuj|podatk\\w*|faktur\\w*|pit\\b|aplikacja (?:sie )?(?:zawiesza|wylacza|crash|nie dziala)`],
    [1.5, `jak (?:wydrukowac|ustawic|dodac|zmienic|zrobic|pobrac)|gdzie (?:znajde|pobrac)`],
  ],
};
