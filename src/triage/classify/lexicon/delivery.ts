/** Delivery problems: item not received, item not as described, counterfeit. */
import type { LexiconSource } from './entry';

// Objects that make a "didn't get my X" sentence about something other than the goods.
const NOT_GOODS = String.raw`(?!\w* (?:\w+ ){0,3}(?:refund|payout|money|code|codes|email|mail|link|sms|verification|password|funds|payment|earnings|reply|response|answer|correo|codigo|kod|maila|wyplat|pieniad|pieniedz|geld|auszahlung|erstattung|pago|dinero|reembolso))`;

// ... and the same when the thing that did not arrive is named first ("refund not received").
const NOT_GOODS_BEFORE = String.raw`(?<!(?:refund|zwrot|ruckzahlung|erstattung|reembolso|pieniadze|geld|dinero|payout|money|code|codes|email|mail|link|sms|payment|funds|earnings|verification)\w* (?:is |was |has |have |been |still |yet |never |even )*)`;

export const DELIVERY: LexiconSource = {
  item_not_received: [
    // en
    [3, `${NOT_GOODS_BEFORE}(?:never|not|havent|hasnt|didnt|did not|have not|has not|yet to|still havent|still hasnt) (?:yet |even |been |actually )?(?:receiv|received|recv|got|gotten|get\\b|arriv|come|came|show(?:ed)? up|deliver|ship|sent|send|turned up|seen|see\\b)${NOT_GOODS}`],
    [3, `${NOT_GOODS_BEFORE}never (?:arrived|came|showed|shipped|sent|got|received|delivered|made it)${NOT_GOODS}`],
    [3, `${NOT_GOODS_BEFORE}(?:still )?not (?:here|arrived|delivered|received|shipped|sent)(?: yet)?\\b`],
    [3, `(?:says|shows|marked|showing|status|tracking) (?:as |it was |its )?delivered (?:but|and)`],
    [3, `(?:lost|missing) (?:package|parcel|order|shipment|box)|(?:package|parcel|order|shipment)s? (?:is |are |was |were |got |has been |have been )?(?:lost|missing|stolen)`],
    [2.5, `where(?:s| is| are)? (?:tf |the hell |the fuck )?(?:is |are )?(?:my|the) (?:order|package|parcel|stuff|item|items|cards?|box|shoes|sneakers|slabs?|comics?|shipment|delivery)`],
    [2, `tracking (?:number )?(?:hasnt|has not|hasn|not|doesnt|isnt|still|stuck|shows nothing|no update|been stuck|says nothing)`],
    [2, `stuck (?:on|in) (?:in transit|transit)|in transit since|label created|pre ?shipment|no tracking`],
    [2, `(?:seller|he|she|they) (?:never|hasnt|has not|didnt|still hasnt|still not) (?:ship|sen|mail|post)|seller ghosted|no shipment|not shipped`],
    [2, `(?:package|order|delivery|parcel|it) (?:is |was )?(?:\\d+ )?(?:days? |weeks? )?(?:late|delayed|overdue)|\\d+ days? late`],
    [1.5, `(?:is|are|was|were) missing|missing (?:the |my |some |a |one |two )?(?:cards?|items?|packs?|slabs?|pairs?)\\b|only got \\d|waiting (?:on|for) my (?:order|package|cards?|stuff|box|shoes)|when (?:will|does|do you) (?:it|my order|my package|they|you) (?:ship|arrive|come)`],
    // Held at customs or stuck "out for delivery" for days, in six languages.
    [2.5, `(?:hangt|haengt|steckt|liegt|feststeck)\\w* (?:\\w+ ){0,2}(?:beim|im) zoll|bloque\\w* (?:\\w+ ){0,3}(?:en )?douane|bloque a (?:roissy|\\w+) depuis|en cours de livraison depuis|fermo (?:\\w+ ){0,4}(?:dogana|sdoganamento)|(?:retenido|parado) en (?:la )?aduana|utknel\\w* (?:\\w+ ){0,2}(?:w|na) (?:urzedzie celnym|clu)|wo (?:meine?|mein) \\w+ (?:\\w+ )?bleibt|doveva arrivare (?:\\w+ ){0,2}ma niente|still no (?:cards|package|order|parcel|sign)`],
    [1.5, `hasnt (?:arrived|shipped|moved)|nothing (?:arrived|came|yet)|been waiting|waiting forever|no updates? (?:for|in|since)|returned to sender`],
    [2, `tracking (?:number |link )?(?:is |was )?(?:invalid|not working|doesnt work|wrong|fake|not valid)|did (?:the seller|he|she|they) (?:even )?(?:send|ship|post)|nothing (?:in|at) my (?:mailbox|door|house|mail)`],
    [2.5, `out for delivery (?:for|since)|awaiting (?:shipment|shipping|pickup|dispatch)|(?:label|package) (?:was |has )?(?:never|not) (?:been )?scanned|marked (?:as )?shipped but|no movement|(?:in transit|on its way) for|stuck in customs|(?:package|order|parcel) (?:is |has been )?stuck|where (?:are|r) my (?:cards|items|slabs|shoes)|where my .{0,20} at\\b|did not arrive|didnt arrive`],
    [1, `its been (?:\\d+|a|two|three|few|over a|almost a) (?:weeks?|days?|months?)|(?:\\d+|two|three) weeks? (?:now|already|later)`],
    // de
    [3, `${NOT_GOODS_BEFORE}(?:nicht|nie|noch nicht|immer noch nicht|nichts) (?:an)?(?:gekommen|erhalten|bekommen|geliefert|zugestellt|verschickt|versendet|versandt|da\\b)${NOT_GOODS}`],
    [3, `zugestellt,? aber|paket (?:ist )?(?:verloren|weg|verschwunden)|wo bleibt|keine ware|nix da|nichts da\\b`],
    [2.5, `unterwegs seit|seit .{0,20}unterwegs|noch nicht da|immer noch nicht|wo ist (?:mein|meine) (?:paket|bestellung|karte|ware|sendung)|kein paket|nicht zugestellt`],
    [2.5, `warte\\w* (?:schon )?(?:seit .{0,20})?auf (?:meine?n?|die|das|den) (?!(?:r(?:u|ue)ckzahlung|erstattung|auszahlung|geld|antwort))|(?:todavia |sigo |aun )espero (?:mi|el)|sigo esperando (?:mi|el)|nadal w drodze|w drodze od|czekam (?:juz )?na (?:paczke|zamowienie|przesylke|karty|buty)`],
    [1.5, `still waiting (?:for|on)`],
    [2.5, `(?:shipped|sent|delivered|went) to (?:the )?(?:wrong|old|another|someone elses) (?:address|house|person)`],
    [1, `meldet sich nicht|antwortet nicht`],
    [2.5, `(?:hangt|haengt|steckt|liegt|feststeck)\\w* .{0,40}\\bfest\\b|keine spur|ni rastro|ni senal|ani sladu|no trace of|(?:is|was|went|gone|still) mia\\b`],
    [2.5, `llevo (?:\\w+ )?esperando|(?:envio|paquete|pedido|seguimiento|tracking|sendung|paczka|przesylka) (?:no se mueve|(?:is |has )?not mov|isnt moving|hasnt moved|bewegt sich nicht|nie rusza)|(?:dalej|nadal|wciaz|ciagle) (?:nie ma|brak|nic)|(?:noch immer|immer noch) (?:nichts|nix)|(?:todavia|aun|sigo sin) nada|still (?:nothing|no sign)`],
    [3, `nichts (?:\\w+ ){0,3}eingetroffen|nicht eingetroffen|keine lieferung|nunca (?:aparecio|llego)|no (?:ha )?aparecido`],
    [2, `sendungsverfolgung|wann wird (?:das |es )?(?:verschickt|versendet|geliefert)|noch nicht versendet`],
    // es
    [3, `${NOT_GOODS_BEFORE}(?:no|nunca|todavia no|aun no) (?:me )?(?:ha |han |he )?(?:llegado|llego|llega|recibido|recibi|enviado|envio|entregado)${NOT_GOODS}`],
    [3, `perdid[oa]|extraviad|no (?:lo|la|los|las) (?:he )?recibido|sigue sin|sigue sin llegar|sin llegar|no (?:me )?llega(?:n)? (?:el|mi|los|nada)|entregado pero|paquete (?:perdido|extraviado)|donde esta mi (?:pedido|paquete|carta|compra)`],
    [2, `(?:seguimiento|tracking) no (?:se )?(?:actualiza|cambia|avanza)|cuando (?:envian|enviais|envias|llega|me llega) (?:mi )?(?:pedido|paquete)?|retraso`],
    // pl
    [3, `${NOT_GOODS_BEFORE}nie (?:doszl|dotarl|przyszl|dostal|otrzymal|wyslal|wyslan|dojechal|przyszedl|doszed)${NOT_GOODS}`],
    [3, `(?:paczk|przesylk|zamowieni)\\w* (?:dalej |nadal |jeszcze |wciaz )?(?:nie|zaginel)|dostarczono,? ale|zagubion|zaginel`],
    [2.5, `utknel|bez zmian|nie (?:dostalam|dostalem|otrzymalam|otrzymalem) (?:paczki|zamowienia|kart|butow|przesylki)|gdzie jest (?:moja|moje|moj)`],
    [2, `gdzie (?:jest )?(?:moja|moje) (?:paczk|zamowien|przesylk)|kurier sie nie`],
  ],
  item_not_as_described: [
    // Something in the parcel the listing never mentioned (sweets with peanuts, a powder, a
    // packing fill), in six languages: the contents differ from the description.
    [2.5, `(?:wasnt|was not|werent|were not|not) (?:\\w+ )?(?:listed|mentioned|disclosed|stated|marked) (?:anywhere|in the (?:listing|description))|nowhere in the (?:listing|description)|(?:stand|steht) (?:nirgends|nirgendwo|nicht in der beschreibung)|nigdzie (?:nie )?(?:bylo|byl|napisal|tego)|(?:non|mai) (?:erano |era )?(?:segnalat|indicat|dichiarat)\\w*|senza (?:nessun )?avviso|nulle part|(?:pas|non) (?:indique|signale)e?s?\\b|no (?:lo )?(?:ponia|decia|indicaba) (?:en )?(?:ningun|el anuncio|la descripcion)`],
    [2, `(?:peanut|arachid|erdnuss|erdnusse|orzech|orzeszk|cacahuet|frutos secos|frutta a guscio)\\w*`],
    // "the wrong Funko arrived", "mi è arrivato il funko sbagliato": any item named wrong.
    [2.5, `(?:arrivat|ricevut|mandat|spedit)\\w* (?:\\w+ ){0,4}sbagliat|sbagliat[oaie]\\b.{0,40}(?:invece|al posto|anziche)|(?:got|received|sent me) (?:a |the )?\\w+ (?:size )?\\d+(?:\\.5)? (?:instead|but i ordered|when i ordered)`],
    // en
    [3, `not as (?:described|pictured|advertised|shown|listed)|not (?:the )?(?:same|what) (?:as |was |i )?(?:shown|described|pictured|advertised|listed|ordered|bid on|won)|not the condition|not what i (?:paid|won)`],
    [3, `(?:wrong|different) (?:card|item|size|grade|set|color|colour|model|slab|one|shoe|shoes|product|version|edition|comic|box)|sent (?:me )?(?:the |a )?wrong|empty box|switched|swapped`],
    [2, `damaged|broken|bent|crease|creased|crushed|cracked|scratch|scratched|dent(?:ed|s)?\\b|dinged|water (?:damage|stain)|torn|ripped|whitening|yellowing|dirty|worn|(?:clearly|obviously|definitely|been|are|were|was|is|arrived) used\\b|stain|smashed|loose inside`],
    [2.5, `lower grade|(?:higher|different|wrong) grade|than (?:stated|listed|described|advertised|shown)|(?:won|bid on|ordered|bought|paid for) (?:a |the )?size|label (?:was |has been )?changed`],
    [2.5, `(?:case|box|seal) (?:was |had been |has been )?(?:opened|open|broken)|\\d+ (?:boxes|packs|cards|items) (?:were |are )?missing|missing from (?:the )?(?:case|box|lot|bundle)`],
    [2.5, `(?:heavily|moderately|lightly) played|\\bhp\\b condition|poor condition|bad condition|worse condition`],
    [2, `chip(?:ped|s)?\\b|scuff|smudge|print lines?|off ?cent(?:er|re)|surface (?:scratch|damage)|soft corners?|frayed|(?:without|missing) (?:the )?(?:original )?(?:box|lid|tags|insert|accessories)|no (?:original )?box|came without|doesnt match (?:the )?(?:photos|pictures|pics|listing|description)|pages? (?:is |was )?(?:torn|ripped|missing|loose)`],
    [1.5, `supposed to (?:be|have)|as listed|as stated|(?:listed|listing|described|sold|advertised) (?:said |says |as |it as |called it )?(?:new|brand new|mint|nm|near mint|sealed|factory sealed|ds|pack fresh|gem)|listing said|the seller called it|called it sealed|instead of|(?:condition|centering|corners?|edges?) (?:is |are |was )?(?:way )?(?:off|bad|worse|terrible|awful)`],
    [2.5, `arrived (?:\\w+ ){0,4}(?:with )?(?:the |a )?(?:slab|card|case|box|item|corner|screen|cover)s? (?:\\w+ )?(?:cracked|broken|bent|damaged|crushed|dented|torn|scratched)|(?:slab|case|holder)s? (?:is |was |were |arrived |came )?(?:cracked|broken|shattered|damaged)|missing (?:the |two |some |a )?(?:pages?|centerfold|cover|insert|pieces?|parts?|accessories)|pages? (?:are |were )?missing|(?:sold|listed|described) as complete|(?:inside|in the box|in the package|w srodku|im paket|dentro|dans le colis|nel pacco) (?:there was |was |were |war |byla |bylo |hab\\w* )?(?:only|tylko|nur|solo|seulement|solo)|only (?:one|1|two|2|half) (?:of|pair|card|item)|tylko (?:jedna|jeden|polowa)|nur (?:eine|einer|ein|die halfte)`],
    [1.5, `(?:psa|bgs|cgc) ?\\d+(?:\\.5)? not (?:the )?(?:psa|bgs|cgc)|packed it in|no toploader|bubble mailer|hits .{0,30}not in`],
    // de
    [3, `(?:ganz )?andere[rns]? (?:karte|artikel|figur|ware|grosse|farbe|modell|produkt|comic|schuhe|slab)|nicht wie beschrieben|entspricht nicht|nicht der beschreibung|falsche? (?:karte|grosse|artikel|ware|farbe|modell|produkt)|beschrieben als|sah .{0,30}(?:aus|perfekt)`],
    [1.5, `fehlen|fehlt`],
    [3, `ungegrad|ungraded|gar nicht (?:psa|bgs|cgc|wie)|sondern (?:ein|eine|nur)`],
    [2.5, `(?:an)?statt (?:der|des|dem|einer?|dem)\\b|nicht (?:das|die|der),? was|en (?:vez|lugar) de|(?:anuncio|descripcion|publicacion|listing) (?:decia|ponia|dice|pone)|(?:vino|llego|llegaron|vinieron) sin`],
    [2.5, `schlechter\\w* zustand|(?:als|wie) beschrieben|wasserschaden|seiten (?:sind )?(?:lose|locker)`],
    [2, `macke|(?:eine|die|ne|kleine|grosse) delle\\b|fleck|verschmutzt|falsche gro(?:ss|s)e|nicht (?:zu )?sehen|falsche (?:edition|serie|set)|beschadig|beschaedig|kaputt|knick|kratzer|verkratzt|bestossen|bestoss|gebraucht|dreckig|riss im|gerissen|zerdruckt`],
    // es
    [3, `no (?:coincide|corresponde|es (?:lo que|como))|equivocad|(?:modelo|carta|talla|producto) (?:diferente|distint)|descripcion|como en las fotos`],
    [2.5, `incomplet|unvollst(?:a|ae)ndig|niekomplet|llego abiert|abiert[oa]s?\\b|faltan? (?:\\d+ )?(?:sobres|cartas|piezas|cosas|articulos)`],
    [3, `(?:otr[oa]|distint[oa]|diferente) (?:carta|figura|articulo|producto|talla|modelo|color|comic|caja)|(?:distint|diferente)[oa]? (?:al|a lo|del) que|no es (?:el|la) que (?:compre|pedi|gane)`],
    [2, `rotas?\\b|mancha|no (?:es|era) (?:la|el) (?:misma|mismo|correcta|correcto)|pagina rota|danad|dañad|rot[oa]s?\\b|doblad|rayad|rayas|(?<!\\b(?:ha|han|he|has|hemos|habia|haber) )usad[oa]s?\\b|aplastad|despegad|sucio|arañad|aranad|golpead`],
    // pl
    [3, `niezgodn|nie ?zgodn|nie taka jak|nie taki jak|inn[ayie] (?:kolor|model|rozmiar|karta)|zl[ayie] (?:rozmiar|model|karta|kolor)|zamiast`],
    [3, `gorszym stanie|gorszy stan|niz (?:opisano|w opisie|na zdjeciach|na streamie)`],
    [2, `wgniec|plam|zadrapan|nie bylo (?:tego )?widac|inn[aeyi]\\w* (?:\\w+ )?niz|brakuje|uszkodz|zagie|zgiet|porysowan|rysy|rysa|zgniecion|pognieciony|brudn|uzywan|zniszczon`],
  ],
  counterfeit: [
    // en
    [3, `fake(?! (?:login|page|site|website|support|account|email|link|profile|store|review|items listed|listing|payment|confirmation|receipt|screenshot|invoice|transfer|proof|tracking))|counterfeit|counterfit|(?<!(?:resin|prop|foam|mousse|display|deko|firing|pistolen|waffen|schaumstoff) )replica(?! (?:of|del|de|della|dello|di|du|von|des|miecza|ukrytego|z)\\b)|reps\\b|knock ?offs?|bootleg|fakes\\b`, true],
    [3, `not the real (?:thing|deal|card|one)|forged|forgery|(?:autograph|signature|auto)\\w* .{0,20}(?:fake|forged|not real)|not (?:authentic|legit|genuine|real|original|an original)|prox(?:y|ies)\\b|reprint|facsimile|cert(?:ification)? (?:number |#)?(?:doesnt|does not|dont|didnt|comes back|is invalid|not found)`],
    [1, `authenticat|legit check|light test|counterfeits`, true],
    // Sealed product opened and closed again (searched, weighed, swapped) or a tampered slab: not what the factory sealed.
    [3, `re ?seal(?:ed|ing)?\\b|tamper\\w*|(?:box|pack|packs|case|slab|product)s? (?:was |were |has been |had been |looks? )?(?:searched|weighed|resealed|rewrapped|re ?wrapped)|re ?shrink|re ?wrapped|(?:slab|case|label|holder)\\w* .{0,30}(?:manipulat|altered|swapped|opened and)|cert(?:ificate|ification)? (?:number |#)?.{0,40}(?:comes? (?:up|back) as|shows?|is for) (?:a |an )?(?:different|another|other)|manipulad|manipuliert|neu verschwei(?:ss|s)t|wieder ?verschlossen|ponownie (?:zaklejon|zafoliowan)|przepakowan|zmanipulowan|reembalad|resellad`],
    [2.5, `(?:1 ?1|one to one|top tier|high tier) (?:ua|reps?|replicas?|batch)|\\bua\\b|not retail|(?:smell|smells) like glue`, true],
    // de
    [3, `gefakt|gefaket|fake|falschung|faelschung|gefalscht|gefaelscht|nachgemacht|nachbildung|imitat|(?<!(?:resin|prop|foam|mousse|display|deko|firing|pistolen|waffen|schaumstoff) )replik(?! (?:of|del|de|della|dello|di|du|von|des|miecza|ukrytego|z)\\b)|unecht|plagiat|kopie\\b|nachdruck`, true],
    // Sealed product re-wrapped, weighed or searched, or a reprint sold as the original.
    [3, `nach(?:traglich)? ?(?:ein|neu )?(?:verschwei|eingeschwei)|nachverschwei|neu (?:ein|auf|ver)geschwei|gewogen|durchsucht|verklebt|reimpres|recalentad|reprecintad|przedruk`],
    [3, `nicht (?:echt|original)|kein original|zertifikat\\w* (?:existiert nicht|gibt es nicht|ungultig)`],
    // es
    [3, `(?<!(?:perfil|cuenta|pagina|soporte|correo|enlace|mensaje) )fals[oa]s?\\b(?! (?:soporte|perfil))|copia (?:impresa|china|barata)|no (?:es |son )?oficial|falsificad|falsificacion|(?<!(?:resin|prop|foam|mousse|display|deko|firing|pistolen|waffen|schaumstoff) )replica(?! (?:of|del|de|della|dello|di|du|von|des|miecza|ukrytego|z)\\b)|imitacion|pirata`, true],
    [3, `no (?:es |son )?(?:original|autentic|legitim)|certificado no (?:existe|coincide)`],
    // pl
    [3, `podrob|podrab|falszyw|falsyfikat|(?<!(?:resin|prop|foam|mousse|display|deko|firing|pistolen|waffen|schaumstoff) )replika(?! (?:of|del|de|della|dello|di|du|von|des|miecza|ukrytego|z)\\b)|nieoryginaln|fejk|chinsk\\w* kopi|kopia\\b|wydruk`, true],
    [3, `nie ?oryginaln|nie jest oryginaln|nie sa oryginaln|certyfikat\\w* nie (?:istnieje|pasuje)`],
  ],
};
