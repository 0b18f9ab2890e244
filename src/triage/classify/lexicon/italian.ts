/**
 * Italian, every intent. Folded text drops apostrophes and accents ("non l'ho ricevuto" →
 * "non lho ricevuto", "è" → "e"). These patterns do not depend on the language detector: they
 * are specific enough to run on every ticket.
 */
import type { LexiconSource } from './entry';

// Things that "did not arrive" that are not the goods (money, codes, messages).
const NOT_GOODS = String.raw`(?!\w* (?:\w+ ){0,3}(?:rimbors|bonifico|pagament|soldi|denaro|codice|mail|link|sms|risposta|fondi))`;
const NOT_GOODS_BEFORE = String.raw`(?<!(?:rimborso|bonifico|pagamento|soldi|denaro|codice|mail|link|sms|fondi) (?:\w+ ){0,3})`;

export const ITALIAN: LexiconSource = {
  item_not_received: [
    [3, `${NOT_GOODS_BEFORE}(?:non|mai|ancora non|non ancora) (?:(?:e|sono|ho|lho|li ho|le ho|mi e|mi sono|ancora|mai|stato|stata|stati|mi|ci) ){0,3}(?:arrivat|ricevut|consegnat|spedit|giunt|pervenut)${NOT_GOODS}`],
    [3, `pacco (?:\\w+ )?(?:perso|smarrito|bloccato|fermo|sparito|mai|non)|(?:dove (?:e|sta|sono)|che fine ha fatto) (?:il mio|la mia|i miei|le mie|il|la) (?:pacco|ordine|spedizione|carta|carte|acquisto)|risulta consegnato ma`],
    [2.5, `(?:tracking|tracciamento|spedizione|pacco|ordine) .{0,20}(?:fermo|bloccat|non si muove)|ancora (?:niente|nulla)|in transito da|in consegna da|mai arrivat|(?:ordine|pacco|spedizione) in ritardo|(?:aspetto|sto aspettando|aspettavo|attendo) (?:ancora |da )?(?:il |un |lordine|il pacco|la spedizione|\\d)`],
    [1.5, `\\bbrt\\b|\\bsda\\b|poste italiane|gls\\b|corriere|ritardo`],
  ],
  item_not_as_described: [
    [2.5, `(?:bustine|carte|carta|scarpe|felpa|maglia|taglia|articolo|pezzo|modello|set|box|funko|figure|figura)\\w* sbagliat|come da annuncio`],
    [3, `non (?:e |era |sono )?(?:conforme|come (?:descritt|in foto|nelle foto|nellannuncio|mostrat))|non corrisponde|divers[oaie] da(?:lla|l|llannuncio)? ?(?:foto|descrizione|annuncio|quello)|(?:carta|taglia|articolo|modello|colore|prodotto|edizione|versione|misura) sbagliat|sbagliat[oaie] (?:carta|taglia|articolo|modello|colore|prodotto|edizione)|invece d(?:i|el|ella|ei)\\b`],
    [2.5, `(?:nellannuncio|lannuncio|annuncio|descrizione|nel live|in live) (?:diceva|era|dice|sembrava|mostrava|near mint|nm|perfett|nuov)|in condizioni peggiori|(?:scatola|confezione) (?:era |gia )?aperta|manca(?:va|vano|no)?\\b|mancant`],
    [2, `danneggiat|rott[oaie]\\b|rovinat|ammaccat|graffiat|graffi\\b|piegat|piega\\b|strappat|macchiat|macchia\\b|schiacciat|usurat|(?<!\\b(?:ha|hanno|ho|abbiamo|avete|hai|aveva|avevo) )usat[oaie]\\b|crepat|ingiallit`],
  ],
  counterfeit: [
    [3, `fals[oi]\\b(?! (?:supporto|profilo|account|sito|link|numero|tracking|venditore))|falsa\\b(?! (?:assistenza|pagina|email|mail))|false\\b(?! (?:assistenza|pagine|email|mail|informazioni))|richius[eoi]\\b|contraffatt|contraffazion|tarocc|(?<!(?:resin|prop|foam|mousse|display|deko|firing|pistolen|waffen|schaumstoff) )replica(?! (?:of|del|de|della|dello|di|du|von|des|miecza|ukrytego|z)\\b)|imitazione|non (?:e |sono )?(?:original|autentic|ufficial)`, true],
    [3, `ristamp|ricellofanat|riconfezionat`],
    [3, `risigillat|ri ?sigillat|(?:certificato|cert|numero di certificazione)\\w* .{0,40}(?:non (?:esiste|corrisponde)|di unaltra|sbagliat|inesistent)`],
  ],
  unauthorized_transaction: [
    [3, `(?:addebit|acquist|pagament|ordin|transazion|offert|prelievi|prelievo)\\w* .{0,40}(?:(?:che )?non (?:ho|lho|li ho|abbiamo) (?:mai )?(?:fatt|autorizzat|effettuat)|mai fatt)|non autorizzat|(?:addebit|acquist|pagament)\\w* (?:sospett|sconosciut)`],
    [3, `senza (?:il mio |la mia )?(?:permesso|consenso|autorizzazione)|qualcuno ha usato (?:la mia|mia) carta|non (?:ho|lho) (?:mai )?(?:comprato|ordinato|acquistato|fatto) (?:niente|nulla|questo|io)|non sono stat[oa] io`],
  ],
  account_takeover: [
    [3.5, `qualcuno (?:sta usando|usa|entra (?:nel|in)|e entrato (?:nel|in)|ha (?:rubato|preso)) (?:il mio |l)?account|(?:mi )?(?:hanno|ha) rubato (?:il mio |l)?account|inserzioni che non ho (?:creato|messo|pubblicato)|(?:iban|conto) che non e (?:il )?mio`],
    // Credentials or the IBAN changed by someone else, often a partner.
    [3, `(?:password|email|mail|iban)\\w* (?:\\w+ ){0,3}(?:e stata|e stato|sono stat\\w*) (?:cambiat|modificat)|password modificata|(?:marito|compagno|ex|fidanzato|moglie|fratello)\\w* (?:\\w+ ){0,3}(?:ha cambiato|ha preso|ha modificato)`],
    [3.5, `hacker|hackera|hackat|(?:mi )?hanno (?:cambiato|modificato) (?:la |l|il |lo |mio |mia )?(?:password|e ?mail|iban|numero|indirizzo)|qualcuno (?:e entrato|ha (?:accesso|cambiato|modificato|usato il mio account)|accede|usa il mio account)|account (?:rubato|violato|compromesso)|accesso (?:sospetto|sconosciuto|non autorizzato)|dispositivo sconosciuto`],
  ],
  account_access: [
    [3, `l?account (?:e |mi e stato |e stato )?(?:bloccato|sospeso|disattivato|bannato|limitato)|(?:codice|sms) (?:a due fattori|2fa|di verifica)\\w* .{0,30}non (?:mi )?(?:arriva|ricevo)|non ricevo (?:piu )?(?:il )?(?:codice|sms)|come faccio (?:a |ad )?(?:entrare|accedere)|(?:sbloccare|sbloccarlo|sbloccarla|riattivare) (?:il |la |l)?(?:live|diretta|chat|account)?`],
    [3, `non riesco (?:piu )?(?:a |ad )?(?:entrare|accedere|fare (?:il )?login|loggarmi|collegarmi|verificare)|password dimenticata|(?:recuperare|reimpostare) (?:la password|laccount|il mio account)|account (?:e |mi e stato |e stato )?(?:bloccato|sospeso|disattivato|bannato|limitato)|(?:codice|sms) (?:di verifica |2fa )?(?:non (?:mi )?arriva|mai arrivato)|autenticazione a due|verific\\w* (?:laccount|dellaccount|il mio account|lidentita|identita|documento)|caricamento del documento`],
    // A ban or block to lift, an old account to reactivate.
    [2.5, `riattiva\\w* (?:il |l)?(?:mio )?(?:vecchio )?account|sblocca\\w* (?:il |l)?(?:mio )?(?:account|profilo|chat|live)|(?:togliere|rimuovere) (?:il |la )?(?:blocco|ban|sospensione)|recuperare (?:il mio |il |l)?(?:vecchio )?account`],
    [1.5, `password|accedere|login`],
  ],
  chargeback_dispute: [
    [3.5, `chargeback|stornat|(?:lo|uno) storno|storno (?:della|del|dalla|sulla|bancario|di)\\b|contestazione (?:bancaria|paypal|con la banca|alla banca|della carta|sulla carta)|(?:contestat|disconosciut)\\w* .{0,30}(?:banca|carta|pagamento|addebito)|(?:aperto|apre|aprire|ha fatto) (?:una )?(?:contestazione|disputa|controversia)|controversia paypal`],
  ],
  scam_off_platform: [
    [3.5, `(?:pagina|sito|link) (?:di (?:login|accesso) )?(?:fint|fals)|login fint|link (?:strano|sospetto)|sito esterno|paypal amici`],
    [4, `fuori (?:dalla piattaforma|dallapp|dal sito|piattaforma|app)|(?:pagare|pagato|pagamento|bonifico|pagarlo) (?:diretto|direttamente)|amici e familiari|(?<!carta )postepay(?! evolution)|ricarica`],
    [3.5, `(?:si )?(?:spaccia|spacciava|fingeva|finge) (?:per|di essere)|faceva finta di essere|(?:finto|falso) (?:supporto|sito|link|profilo|account|assistenza|team)|phishing|(?:chiede|chiesto|chiedeva) (?:il |i |la )?(?:codice|password|dati della carta)`],
    [2, `truff`, true],
  ],
  harassment: [
    [3.5, `molest|minacc|(?:mi|ci|ti|la|lo) insult|insult(?:i|ato|ata|ano|ando)\\b|perseguit|stalker|(?:sa|conosce|ha preso) (?:dove abito|il mio indirizzo)|sotto casa mia|davanti a casa mia|razzist|omofob|volgarit|(?:foto|messaggi) (?:osceni|sessuali|espliciti)|mi (?:segue|perseguita)`],
    [3.5, `(?:scrive|scriveva|messaggi(?:a)?|contatta) (?:in privato )?a mi[ao] (?:figli[oa]|bambin)|(?:le|gli) (?:scrive|chiede) .{0,30}(?:in privato|foto|vedersi|incontrar)|vedersi .{0,30}da soli|senza (?:mamma|papa|genitori)`],
  ],
  seller_payout: [
    [3, `(?:pagamento|bonifico|accredito)\\w* (?:delle|dalle|per le|di) (?:mie )?vendite|(?:il mio|mio) (?:pagamento|bonifico|accredito) .{0,40}(?:venditore|vendite|in elaborazione|trattenut|bloccat|sospes)|(?:soldi|incasso|guadagni|ricavi) (?:delle|dalle) (?:mie )?(?:vendite|aste)|saldo (?:venditore|disponibile|bloccato)|prelev\\w* (?:il )?saldo`],
    [3, `(?:conto|iban) (?:per|dei) (?:i )?pagamenti|(?:cambiare|cambio|modificare) (?:il )?(?:conto|iban) (?:per|dei|di) (?:i )?(?:pagament|accredit)`],
    // The seller's balance and the shop's payments: "il mio saldo", "i pagamenti settimanali", "versamento".
    [2.5, `(?:il mio |mio |il |del |di )saldo|pagament\\w* (?:\\w+ ){0,4}(?:bloccat|in sospeso|in revisione|trattenut|fallit)|(?:conto|iban) per i prelievi|ritirare il saldo|frequenza (?:dei )?pagamenti|ricevere i pagamenti|pagamenti (?:del negozio|delle vendite|settimanal)|versamento`],
    [2, `(?:pagamento|bonifico|accredito)\\w* .{0,30}(?:bloccat|in attesa|trattenut|non (?:e )?(?:ancora )?arrivat|in elaborazione|sospes)|sono (?:un |una )?venditor|come venditor|iban`],
  ],
  refund_request: [
    [3, `rimbors|rivoglio (?:i miei )?soldi|restituire (?:i )?soldi|i miei soldi`],
    [2, `annullare (?:lordine|il mio ordine|lacquisto)|(?:ho|ha|hanno) annullato|fare (?:il )?reso|restituire (?:larticolo|la carta|il pacco)`],
  ],
  other: [
    [2, `etichetta\\w* (?:di spedizione)?|stampare (?:letichetta|le etichette)|programmare (?:una|la|il) (?:live|diretta|stream)|fattur|partita iva|tasse|notifich|(?:cambiare|modificare) (?:lindirizzo|il mio nome|il nickname)|eliminare (?:il mio )?account|dogana`],
    [1.5, `come (?:faccio|posso|si fa|funziona)|(?:e )?possibile\\b`],
  ],
};
