/**
 * French, every intent. Folded text drops apostrophes, so elided articles and pronouns are glued
 * to the next word ("l'annonce" → "lannonce", "je n'ai pas reçu" → "je nai pas recu"): patterns
 * for words starting with a vowel allow an optional elided prefix (EL). These patterns do not
 * depend on the language detector: they are specific enough to run on every ticket.
 */
import type { LexiconSource } from './entry';

/** Optional elided article or pronoun glued to a word that starts with a vowel. */
const EL = `(?:[ldjnmtsc]|qu)?`;
// Things that "did not arrive" that are not the goods (money, codes, messages).
const NOT_GOODS = String.raw`(?!\w* (?:\w+ ){0,3}(?:rembours|virement|paiement|argent|code|mail|lien|sms|reponse|fonds))`;
const NOT_GOODS_BEFORE = String.raw`(?<!(?:remboursement|virement|paiement|argent|code|mail|lien|sms|fonds) (?:\w+ ){0,3})`;

export const FRENCH: LexiconSource = {
  item_not_received: [
    [3, `${NOT_GOODS_BEFORE}(?:pas|jamais|toujours pas|pas encore|rien) (?:ete |encore |bien )?(?:recu|arrive|livre|expedie|envoye|parvenu)${NOT_GOODS}`],
    [3, `colis (?:\\w+ )?(?:perdu|egare|bloque|introuvable|disparu|jamais|toujours pas|pas (?:arrive|recu|livre))|(?:ou est|ou en est|ou sont) (?:mon|ma|mes|le|la) (?:colis|commande|paquet|carte|cartes|envoi|livraison)|(?:marque|indique|affiche|note) (?:comme )?livre (?:mais|alors)`],
    [2.5, `suivi (?:\\w+ ){0,2}(?:bloque|ne bouge|na pas bouge|nevolue|ne change|fige)|(?:bloque|coince|en transit|en cours dacheminement) depuis|toujours rien|aucune nouvelle (?:du|de mon|de la) (?:colis|commande|vendeur)|retard de livraison|livraison .{0,20}retard|pas (?:encore |toujours )?expedie|jamais (?:arrive|recu|livre|expedie)`],
    [1.5, `colissimo|mondial relay|chronopost|la poste|jattends (?:toujours|depuis|encore)|en retard`],
  ],
  item_not_as_described: [
    [3, `(?:pas|non) conforme|ne correspond (?:pas|absolument pas)|pas (?:comme|celle|celui) (?:sur|dans|de|decrit)|different\\w* de (?:${EL}annonce|la photo|la description|ce qui)|(?:mauvais|mauvaise) (?:carte|taille|article|modele|couleur|produit|edition|version|pointure|figurine)|pas (?:la|le) bon(?:ne)? (?:carte|taille|article|modele|couleur|produit|edition|version|pointure)|au lieu d(?:e|u|es)\\b`],
    [2.5, `(?:${EL}annonce|la description|la photo|le live) (?:disait|indiquait|montrait|parlait)|decrit(?:e)? comme|en (?:moins bon|mauvais|pire) etat|etat .{0,20}(?:decevant|lamentable|pas celui)|boite (?:etait |est )?(?:ouverte|abimee|ecrasee)|il (?:en )?manque|manquant`],
    [2, `abime|endommag|cass(?:e|ee|ees|es)\\b|rayur|rayee?s?\\b|pli(?:e|ee|ure)\\b|tache|dechir|ecrase|cabosse|cornee?s?\\b|entaille|usee?s?\\b(?<!\\buses?\\b)|fissur`],
  ],
  counterfeit: [
    [3, `contrefa|faux\\b(?! (?:support|service|compte|site|lien|profil|mail|numero|suivi|message|vendeur)\\b)|fausses?\\b(?! (?:annonce|adresse|page|information|declaration))|(?<!(?:resin|prop|foam|mousse|display|deko|firing|pistolen|waffen|schaumstoff) )replique(?! (?:of|del|de|della|dello|di|du|von|des|miecza|ukrytego|z)\\b)|imitation|copie (?:chinoise|conforme|pirate)|pas (?:une |un )?(?:authentique|original|officiel|vraie?)\\b`, true],
    [3, `reimpression|pas dorigine|non dorigine|trafiqu`],
    [3, `re ?scell|reseal|ressoud|resoud|recolle|re ?emball|(?:certificat|numero de certification|cert)\\w* .{0,40}(?:existe pas|correspond pas|invalide|autre carte|introuvable)`],
  ],
  unauthorized_transaction: [
    [3, `(?:achat|paiement|prelevement|debit|commande|transaction|enchere|operation)s? .{0,40}(?:que je nai (?:pas|jamais) (?:fait|faits|faite|effectue|passe|autorise)|non autorise|jamais (?:fait|autorise))|(?:prelevement|debit|achat|paiement|operation)s? (?:inconnu|frauduleu|suspect|non autoris)`],
    [3, `sans (?:mon|ma) (?:accord|autorisation|consentement|permission)|quelquun a (?:utilise|pris) (?:ma|mes) carte|(?:je nai|jai) (?:jamais|rien) (?:achete|commande|encheri|autorise)|je nai (?:rien )?(?:achete|commande) (?:ca|cela|rien)|(?:cest|ce nest) pas moi`],
  ],
  account_takeover: [
    [3.5, `(?:ex|compagnon|mari|conjoint|quelquun)\\w* (?:\\w+ ){0,3}se connecte (?:encore |toujours )?(?:a|sur) mon compte|(?:annonces|messages) (?:\\w+ ){0,3}que (?:je nai |jai )?jamais (?:mises?|postees?|publiees?|ecrits?)|mon compte (?:poste|publie|envoie)`],
    // Credentials or bank details changed by someone else, often a partner.
    [3, `mot de passe (?:a ete )?change|ont ete (?:changes|changees|modifies|modifiees|remplaces|remplacees)|pris le controle|sest connecte a mon compte|(?:informations|coordonnees) (?:de versement |bancaires )?ont ete|(?:ex|compagnon|mari|conjoint)\\w* (?:\\w+ ){0,3}(?:a change|a modifie|a pris)`],
    [3.5, `pirat(?:e|ee|es|er|age)\\b|quelquun .{0,30}(?:connecte|change|modifie|acces|utilise mon compte)|(?:ont|a|on ma) (?:change|modifie) (?:mon |mes |le |la |l)?(?:mot de passe|${EL}e ?mail|iban|numero|adresse|coordonnees)|compte (?:a ete |est )?(?:vole|pirate|pris|usurpe)|connexion (?:inconnue|suspecte)|appareil inconnu`],
  ],
  account_access: [
    [2.5, `(?:mdp|mot de passe) (?:ne )?(?:marche|fonctionne) (?:plus|pas)|je ne me souviens plus (?:de )?(?:mon )?(?:mot de passe|mdp)`],
    [3, `(?:narrive|narrivons|impossible de|je ne peux) (?:plus |pas )?(?:a |de )?(?:me connecter|connecter|me reconnecter|acceder|entrer|ouvrir mon compte|verifier)|mot de passe (?:oublie|perdu)|reinitialis|compte (?:est |a ete )?(?:bloque|suspendu|desactive|banni|verrouille|restreint)|double authentification|code de (?:verification|confirmation|securite|connexion)|verification (?:${EL}identite|du compte|de mon compte)`],
    // A ban or restriction to lift, an old account to reopen.
    [2.5, `(?:reactiver|reouvrir|rouvrir|recuperer) (?:mon |ma |l)?(?:ancien |ancienne )?(?:compte|boutique)|lever (?:la|cette) (?:restriction|suspension|sanction)|debann`],
    [1.5, `mot de passe|se connecter|connexion`],
  ],
  chargeback_dispute: [
    [3.5, `opposition (?:bancaire|sur (?:sa|ma|la) carte|aupres)|fait (?:une )?opposition|(?:litige|contestation|reclamation) (?:bancaire|paypal|aupres de (?:sa|ma|la) banque|avec (?:sa|ma|la) banque)|(?:litige|contestation) .{0,40}banque|banque .{0,30}(?:conteste|litige|annule le paiement)|retrofactur|rejet de paiement`],
  ],
  scam_off_platform: [
    [3.5, `d?hamecon|pseudo support|soi disant (?:de votre part|du support|de lequipe)|faux (?:e ?mail|mail|message|sms) (?:de paiement|de paypal|de votre part)|page de (?:connexion|login) (?:fausse|identique)`],
    [4, `en dehors (?:du site|de la plateforme|de ${EL}app|de ${EL}appli|de lapplication)|hors (?:de la )?(?:plateforme|site|appli)|amis (?:et|and) (?:famille|proches)|entre proches|lydia|paylib|virement direct|payer directement|paye(?:r|z)? (?:en )?direct`],
    [3.5, `se fai(?:t|sait|sant) passer|faux (?:support|service client|compte|site|lien|profil)|hamecon|(?:demande|demandait|voulait) (?:mon|le|mes) (?:code|mot de passe|identifiants|coordonnees bancaires)`],
    [2, `arnaqu|escro`, true],
  ],
  harassment: [
    [3.5, `harcel|(?:me|m|nous|te|t|il|elle|qui) menac|m ?a menace|menaces\\b|menace de mort|menacee\\b|(?:m|me|t|te|nous) insult|insultes?\\b(?! to)|injuri|injures\\b|(?:connait|sait|trouve) (?:ou (?:jhabite|je vis|thabites|jhabites)|mon adresse)|devant (?:chez moi|ma maison|mon travail|ma porte)|me (?:suit|suivait|traque)|raciste|homophob|sexiste|propos (?:deplaces|obscenes)|(?:photos?|messages?) (?:deplaces|obscenes|sexuel)`],
    [3.5, `(?:ecrit|ecrire|parle|envoie des messages|messages prives) a (?:ma|mon) (?:fille|fils|enfant)|(?:compliments|remarques) sur (?:son|mon) physique|(?:veut|voulait|propose de|proposait de) (?:la|le) (?:retrouver|rencontrer|voir)|(?:la|le) retrouver seul|sans (?:que )?(?:ses|mes) parents`],
  ],
  seller_payout: [
    [3, `(?:mon|le|mes|dernier) (?:virement|versement|paiement)s? (?:vendeur|de vente|des ventes)|virement vendeur|(?:argent|paiement|virement|versement) (?:de|des) (?:mes |ma )?ventes|(?:mes )?ventes .{0,30}(?:pas (?:ete )?paye|virement|versement)|solde (?:vendeur|restant|disponible|bloque)|(?:retirer|retrait) (?:mon|de mon|mes|de l)? ?(?:argent|solde|gains)`],
    [3, `(?:recevoir|toucher|retirer) mes (?:paiements|ventes|gains|virements)|(?:compte|iban|rib) (?:pour|des) (?:les |mes )?(?:paiements|virements|versements)`],
    // The seller's balance and its transfers: "mon solde", "le versement", "retirer mon argent".
    [2.5, `mon solde|(?:le )?solde (?:de|du) (?:ma |mon |la |le )?(?:boutique|compte|shop)|(?:mes|mon|les|le|du|premier|dernier) versements?\\b|retrait\\b|(?:virements|versements|paiements) (?:\\w+ ){0,3}(?:en attente|bloques|non verses)|non versee?s|sera verse`],
    [2, `(?:virement|versement|paiement)\\w* .{0,30}(?:bloque|en attente|toujours pas|pas (?:encore )?recu|envoye|retenu|en cours)|je suis vendeu|en tant que vendeu|compte vendeur|\\brib\\b|iban`],
  ],
  refund_request: [
    [3, `rembours|rendre (?:mon|l)? ?argent|recuperer mon argent|mon argent`],
    [2.5, `annuler (?:la|ma) commande|(?:jai|il a|vendeur a) annule|retour(?:ner)? (?:${EL}article|la carte|le colis)|renvoyer (?:${EL}article|la carte|le colis)`],
  ],
  other: [
    [2, `etiquette\\w* (?:${EL}envoi|de livraison|dexpedition)|imprimer (?:${EL}etiquette|les etiquettes)|programmer (?:un|mon|le) (?:live|stream)|facture|impot|declaration fiscale|notifications?|(?:changer|modifier) (?:${EL}adresse|mon pseudo|mon nom)|supprimer mon compte|faire estimer|frais de (?:vente|commission)|droits de douane|douane`],
    [1.5, `comment (?:faire|puis ?je|je peux|on peut|fonctionne)|est ?ce (?:que )?(?:je peux|possible)`],
  ],
};
