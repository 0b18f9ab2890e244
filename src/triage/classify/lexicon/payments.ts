/** Money problems: unauthorized transactions, chargebacks, seller payouts, refunds. */
import { THREATENED_DISPUTE_SOURCE } from '../boundary-cues';
import { DENIAL } from './account';
import type { LexiconSource } from './entry';

export const PAYMENTS: LexiconSource = {
  unauthorized_transaction: [
    // en
    [3, `(?:never|didnt|did not|havent|have not) (?:\\w+ )?authori[sz]e|unauthori[sz]ed|not authori[sz]ed|without (?:my )?(?:permission|consent|authori[sz]ation)|fraud alert|fraudulent (?:charge|purchase|transaction|order|payment)s?`],
    [3, `(?:charges?|purchases?|payments?|transactions?|orders?) (?:that |which )?i (?:did not|didnt|never|dont|do not) (?:make|made|recognize|authorize|place|placed|buy|bid|do|did)`],
    [3, `i (?:did not|didnt|never) (?:make|made|authorize|authorise|place|placed|buy|bought|order|ordered|bid on|purchase|purchased) (?:this|these|that|those|it|them|any|anything|a bid|the bid)|(?:bid|order|purchase|charge)s? i (?:didnt|did not|never) (?:place|make|made)`],
    [3, `(?:dont|do not|didnt) recognize|someone (?:is |has been )?(?:using|used) my (?:card|credit|debit|paypal|bank|saved card)|used my (?:saved )?card without|orders? i never placed|never (?:bid on|bought|ordered)`],
    [3, `(?:purchase|charge|transaction|payment|order)s?\\b.{0,40}\\bi (?:never|didnt|did not|dont|do not) (?:make|made|authori|recogni|place|placed|buy|bought)|who charged my|i dont (?:even )?use (?:this|the|your) app`],
    [3, `(?:orders?|purchases?|receipts?|charges?|payments?) (?:that |which )?(?:arent|are not|werent|isnt|is not) mine|not my (?:orders?|purchases?)|(?:zahlung|abbuchung|belastung|bestellung|kauf)\\w* .{0,40}nicht kenne|charged .{0,40}(?:i was asleep|while i was (?:asleep|sleeping|at work)|i wasnt even)|i was asleep`],
    [3, `(?:compra|cargo|pago|cobro)s? .{0,40}no (?:es|son) mi[oa]s?|suspicious (?:charge|purchase|transaction|payment)|compra sospechosa|cargo sospechoso|verd(?:a|ae)chtige\\w* (?:zahlung|abbuchung|kauf)|podejrzan\\w* (?:platnos|transakc|obciaz)|z (?:mojej )?karty (?:zeszl|pobran|zniknel|znikn)|nie veranlasst|nie (?:gemacht|getatigt)|(?:billed|charged) .{0,40}(?:didnt|did not|never) (?:bid|buy|order)|nic nie (?:licytowal|kupil)`],
    [3, `(?:purchase|charge|transaction|payment|order)s? (?:just )?(?:showed up|appeared|popped up) (?:on|in) my|never (?:even )?(?:joined|participated|took part|watched|was in)|(?:nicht|nie) (?:teilgenommen|mitgeboten)|nichts ersteigert|(?:que )?yo no (?:hice|realice|participe)|(?:no|nunca) particip|nie bral\\w* udzialu|w (?:ktorej|ktorym) nie (?:bral|uczestnicz)|pobran\\w* .{0,40}(?:bez mojej|nie zamawial)`],
    [2.5, `(?:bought|buying|purchas\\w*|ordered|ordering|bidding|spent|spending) .{0,30}(?:with|on|using) my (?:saved )?(?:card|credit card|debit card|paypal|cc)`],
    // Someone in the household used the card without the holder's consent.
    [3, `(?:son|daughter|kid|child|brother|sister|roommate|partner|boyfriend|girlfriend|husband|wife|ex)\\w* (?:\\w+ ){0,3}(?:used|took|bought .{0,30}with|secretly \\w+) my (?:card|credit card|debit card|paypal|bank)|heimlich .{0,40}(?:karte|kreditkarte|konto)|mit meiner (?:kredit)?karte .{0,40}gekauft|(?:hijo|hija|pareja|novio|novia) .{0,30}(?:uso|cogio|tomo) mi tarjeta|(?:syn|corka|brat|siostra|partner|chlopak|dziewczyna|maz|zona) .{0,30}(?:uzyl|uzyla|wzial|wziela|zabral|zabrala) (?:moja |mi )?kart`],
    [1.5, `charges? (?:on|from) my|charged for|not me\\b|i never bought`],
    // de
    [3, `ohne (?:mein|meine|meinem) (?:wissen|erlaubnis|zustimmung)|nicht autorisiert|nicht (?:getatigt|getaetigt)|nicht (?:genehmigt|freigegeben)|ohne (?:meine )?(?:erlaubnis|zustimmung|genehmigung)|unbekannte\\w* (?:abbuchung|zahlung|belastung|kauf|einkauf|bestellung)`],
    [3, `(?:bestellung|zahlung|abbuchung|kauf|einkauf)\\w* (?:die |den )?(?:ich )?nicht (?:gemacht|getatigt|bestellt|gekauft)|jemand hat (?:mit )?meine[rn]? (?:kredit)?karte|ich habe (?:diese |die |das )?(?:bestellung |nichts )?(?:nicht )?(?:gemacht|gekauft|bestellt)!|habe nichts gekauft`],
    [1.5, `abbuchung|belastung`],
    [1.5, DENIAL],
    [3, `(?:bestellung|zahlung|abbuchung|kauf)\\w* .{0,40}nicht von mir|wer hat (?:mit )?meine[rn]? (?:kredit)?karte`],
    // es
    [3, `no (?:reconozco|autorice|autorize|hice|realice)|sin (?:mi )?(?:autorizacion|permiso|consentimiento)|(?:usaron|uso|usa|utilizo|utilizaron) mi tarjeta|compras? que no`],
    [1.5, `cargos? (?:en|a) mi tarjeta|cargos? que`],
    // pl
    [3, `nie ?autoryzow|nieautoryzowan|(?:ktos|ktoś) (?:uzywa|uzyl|uzywal|zrobil|robi)\\w* .{0,30}kart|nic nie (?:kupowal|zamawial)|nie (?:zamawial|kupowal|robil|zlecal)`],
    [1.5, `na (?:mojej|moim) (?:karcie|koncie) (?:sa|jest|widze)|obciazeni\\w* karty`],
    [3, `nie (?:rozpoznaj|kojarz)\\w* (?:tej |tych |tego )?(?:platnos|transakc|obciaz|zakup)`],
  ],
  chargeback_dispute: [
    // en
    [3.5, `(?:told|asked|called) my (?:bank|card company|credit card) (?:to )?(?:reverse|refund|dispute|block|cancel)|my bank (?:is|will) (?:reverse|dispute)|(?:bank|issuer) reversed|reversed the (?:payment|charge|transaction)|(?:payment|charge|transaction) (?:was |got )?reversed by|disputed (?:payment|charge|transaction)|buyer protection (?:claim|case)|charge ?backs?|charged ?back|friendly fraud|(?:bank|card|credit card|paypal|amex|visa|issuer) (?:dispute|claim)`],
    [3.5, `disput\\w* .{0,30}(?:bank|credit card|card company|card issuer|amex|visa|mastercard|paypal)|(?:bank|card company|credit card company) .{0,20}disput|disput(?:e|ing) (?:this|the|that) charge|reverse the payment with`],
    [1.5, `dispute|reversal|claim with`],
    // de
    [3.5, `disput\\w* (?:the |this |that |a |my )?(?:transaction|charge|payment)|angefochten|anfecht|(?:aviso|notice|notification) de contracargo|(?:konflikt|streitfall|dispute|disputa|spor|sprzeciw)\\w* (?:\\w+ ){0,3}(?:eroffnet|eroeffnet|geoffnet|opened|abierto|abrio|otworzyl|zglosil|zgloszon)|(?:eroffnet|eroeffnet|opened|abrio|otworzyl) .{0,20}(?:konflikt|dispute|disputa|spor)|paypal[- ](?:konflikt|claim|case|fall)|\\bbank\\w* .{0,40}(?:storniert|zur(?:u|ue)ckgeholt|widerrufen|cancel+ed the (?:payment|charge))|banco .{0,30}(?:anulo|cancelo|revirtio|devolvio)|(?:sprzeciw|reklamacj)\\w* (?:w|do) bank|cofn\\w* .{0,20}bank`],
    [3.5, `widerspruch (?:eingelegt|gegen die (?:zahlung|abbuchung|lastschrift))|(?:kreditkarte|bank)\\w* .{0,30}widerspruch|k(?:a|ae)uferschutz|geld zur(?:u|ue)ck ?geholt|chargeback|r(?:u|ue)ckbuchung|(?<!auf (?:meine|die|mein|das) )(?:bank|karte|kreditkarte|lastschrift|paypal)\\w* .{0,40}zur(?:u|ue)ck ?(?:buch|gebucht)|zur(?:u|ue)ck ?buchen lassen|lastschrift .{0,20}(?:zur(?:u|ue)ck|widerruf)|bei (?:meiner|seiner|ihrer|der) bank .{0,30}(?:reklamiert|widersprochen|zur(?:u|ue)ck)`],
    // es
    [3.5, `reclam\\w* (?:al|con el|en el|a su|a mi) banco|contracargo|(?:disputa|reclamacion|reclamo) .{0,30}banco|banco .{0,30}(?:disputa|reclamacion|reclamo)`],
    // pl
    [3.5, `chargeback|obciazeni\\w* zwrotn|reklamacj\\w* .{0,20}bank|bank\\w* .{0,20}(?:reklamacj|spor)|spor .{0,20}bank`],
  ],
  seller_payout: [
    // en
    [3, `payouts?|pay ?out|paid out|withdrawal|withdraw|seller (?:earnings|balance|funds)|my (?:earnings|sales money)|when do sellers get paid|(?:havent|have not|not) been paid for|disbursement|stripe (?:connect|account)`],
    [1.5, `(?:funds|balance|earnings) .{0,30}(?:pending|on hold|hold|missing|not|still|0\\b)|commission|get paid|my sales`],
    [3, `(?:gelder|guthaben|einnahmen|geld|funds|money|balance|earnings|fondos|srodki)\\w* .{0,20}(?:zur(?:u|ue)ckgehalten|einbehalten|eingefroren|withheld|frozen|held back|congelad|zamrozon)|(?:verk(?:a|ae)uferkonto|seller account|cuenta de vendedor|konto sprzedawcy)\\w* .{0,30}(?:eingeschr(?:a|ae)nkt|restricted|limited|restringid|ograniczon)|disbursement`],
    [1.5, `stripe`],
    [3, `cash ?out|(?:balance|saldo|guthaben|srodki|fondos|einnahmen)\\w* .{0,30}(?:under review|on hold|retenid|bloquead|pendiente|einbehalten|gesperrt|in bearbeitung|zablokowan|wstrzyman|oczekuj)|(?:money|earnings|funds|proceeds) from (?:my |the )?(?:breaks?|shows?|sales|auctions?|streams?)|(?:dinero|pago|cobro)s? de (?:mis|las) (?:ventas|subastas)|(?:geld|einnahmen|erl(?:o|oe)s)\\w* (?:aus|von) (?:den |meinen )?(?:shows|verk(?:a|ae)uf|auktion)|srodki (?:ze sprzedazy|z aukcji|z licytacji)|pieniadze z (?:aukcji|licytacji)`],
    // de
    [3, `auszahlung|ausgezahlt|auszahlen|geld (?:von|fur|aus) (?:den |meinen )?verk(?:a|ae)uf|als verk(?:a|ae)ufer .{0,60}(?:geld|warte|bezahlt)`],
    // es
    [3, `(?:iban|cuenta bancaria|routing|bank ?account|bankkonto|konto bankowe|rachunek)\\w* .{0,40}(?:fallo|fallido|rechaz|fehlgeschlagen|abgelehnt|odrzuc|nie doszed|failed|rejected|declined)|(?:fallo|failed|fehlgeschlagen|odrzucon)\\w* .{0,30}(?:iban|cuenta bancaria|bank ?account|bankkonto|konto bankowe)|cuando me pagan|me pagan (?:mis|las) ventas|cobrar (?:mis|las) ventas|(?:mi )?pago (?:no|pendiente|retenido)|no me han pagado|retiro|soy vendedor .{0,80}(?:pago|dinero|cobr)|(?:mis )?ventas .{0,30}(?:pago|pagado|cobr)`],
    // A seller's own weekly payment, named as such, that is late or missing.
    [2.5, `sin cobrar|(?:mi|el) pago (?:semanal|de (?:la|las|mis) (?:semana|ventas))|transferencia de (?:las|mis) ventas|esperando (?:el|mi) pago|pagamento (?:settimanale|di settimana|della settimana)|il mio pagamento (?:settimanale|delle vendite)|mon paiement (?:hebdomadaire|de la semaine)|przelew (?:za|ze) sprzedaz|(?:weekly|my) (?:payment|deposit) (?:from|for) (?:my |the )?(?:sales|shop|shows?)`],
    // The seller's balance in Spanish and Polish: "mi saldo", "retirada", "na saldzie".
    [2.5, `(?:mi|el|todo (?:el|mi)) saldo|retirada|na saldzie|kasa (?:\\w+ ){0,3}(?:wisi|wstrzyman|zablokowan)|wyplac|salda\\b`],
    // The shop's payments held, pending or scheduled; a balance on hold.
    [2.5, `pagos? (?:\\w+ ){0,4}(?:retenid|bloquead|pendiente|programad)|(?:retenid|bloquead)\\w* (?:\\w+ ){0,2}pagos|pendientes? de (?:pago|cobro)|(?:mis|los) cobros|se retiene|guthaben\\w* .{0,50}(?:gesperrt|hold|einbehalten)`],
    // pl
    [3, `pieni(?:a|e)d\\w* za sprzedan|za sprzedane|ze sprzedazy|wyplat|pieniadze za sprzedaz|sprzedaz\\w* .{0,40}(?:pieniad|wyplat)|jako sprzedawca .{0,60}(?:czekam|pieniad|wyplat)|jestem sprzedawca .{0,60}(?:pieniad|wyplat|nie przysz)`],
  ],
  refund_request: [
    // en
    [3, `refund|money back|reimburs|charged twice|double charged|charged double|give me back|reverse the charges?`],
    [1.5, `my money`],
    [3, `where(?:s| is) my money|i (?:returned|sent back|shipped back) (?:the|it|them|my)`],
    [2, `(?:how (?:do|can) i|want to|like to|can i) return|return (?:this|it|the item|them)|send (?:it|them) back`],
    [1, `cancel`],
    // Undoing an order: cancelling it, or a paid spot in a break whose host never showed.
    [2.5, `(?:want|like|need|trying) to cancel|cancel+ (?:my |the |this |that )?(?:order|purchase|bid|spot)|can (?:it|i|you|this|the order) (?:be )?cancel|(?:host|seller|streamer|breaker)\\w* (?:was |has been |is |been )?(?:a )?no ?show|i want out\\b|(?:bestellung|kauf|gebot)\\w* (?:zu )?stornier|cancelar (?:el |mi |la )?(?:pedido|compra|orden)|anulowac (?:zamowienie|zakup)|anuluj\\w* (?:zamowienie|zakup)`],
    // Cancelling an order however the sentence runs, in six languages ("die Bestellung … stornieren",
    // "cancelarlo", "annullare i 6 ordini", "anulowanie zamówienia"), and a withdrawal from the sale.
    [2.5, `(?:could|would|can|please) (?:you )?cancel|cancel+ (?:my |the |this |that )?pre ?order|(?:bestellung|kauf|gebot|auftrag)\\w* (?:\\w+ ){0,2}stornier|(?:mochte|moechte|will|bitte|konnt ihr|koennt ihr|konnen sie) (?:\\w+ ){0,3}stornier|(?:cancelar|anular)(?:lo|la|los|las)?\\b (?:\\w+ )?(?:pedido|compra|orden|puja|pujas|compras|pedidos)?|annullar(?:e|li|lo|la|le) (?:\\w+ ){0,3}(?:ordin|acquist|offert|asta)|(?:si )?(?:puo|possono|potete|posso) annullar|annuler (?:\\w+ ){0,2}(?:commande|achat|enchere)s?|anulowani\\w* (?:\\w+ )?zamowien`],
    [3, `widerruf|odstapieni\\w* od umowy|odstepuje od umowy|derecho de desistimiento|droit de retractation|diritto di recesso`],
    [2, `zur(?:u|ue)ck ?(?:geben|senden|schicken)|r(?:u|ue)cksendung|retoure|(?:il|un|per il|del) reso\\b`],
    // "Refund me by Friday or I do a chargeback": the dispute is only threatened, the money is the ask.
    [2.5, THREATENED_DISPUTE_SOURCE],
    // de
    [3, `r(?:u|ue)ckzahlung|r(?:u|ue)ckerstattung|erstatt|geld zur(?:u|ue)ck|mein geld|zweimal (?:abgebucht|belastet)`],
    [1, `storn`],
    // es
    [2.5, `(?:podeis|pueden|puedes|podrian) devolver|devolverme|(?:dos veces|por duplicado) sin querer|twice by (?:mistake|accident)|(?:doppelt|zweimal) (?:bestellt|geboten|gekauft)|dwa razy (?:kupil|zamowil|licytowal)`],
    [3, `devuelv\\w* (?:el|mi) dinero|devolver\\w* (?:el|mi) dinero|reembols|devuelvan (?:el|mi) dinero|devolucion|devuelven mi dinero|mi dinero`],
    [1, `cancel|devolvi`],
    // pl
    [3, `(?:odzyskac|zwrocic|oddac|oddajcie) (?:moje )?pieniadze|zwrot(?:u)? (?:pieniedzy|srodkow|kasy)|zwrot(?:u)?\\b(?! ?ne)|zwroccie|zwrocicie|zwrocic (?:mi )?(?:kase|pieniadze|srodki)|zwroc\\w* kase|oddajcie|chce (?:moje )?pieniadze`],
    [1, `anulow`],
  ],
};
