/**
 * A threat to the writer that comes with the means to carry it out: someone threatens them, holds
 * their address or ID, and names a visit or harm to their body — the leverage and "people sent to
 * your door" that threat assessment weighs above the words of a threat (a seller "threatening" a
 * chargeback or a bad review names neither). All three must be there: the writer's fear beside a
 * threat and an address is as often fear for a shop or a rating. In the six languages.
 */
import type { IndicatorRule } from './indicator-rule';
import { KNOWS_WRITER_DETAILS } from './indicators-threats';

export const THREAT_WITH_MEANS: IndicatorRule = {
  category: 'threat_to_writer',
  needs: 3,
  anchor: 'threat',
  families: {
    threat: [
      'threatened me', 'threatening me', 'threatens me', 'threatened to', 'threatening to', 'threats', 'amenaz', 'droht', 'bedroh', 'gedroht', 'grozi', 'grozb', 'grozil',
      'menace', 'menacant', 'minacc',
    ],
    holdsDetails: [
      ...KNOWS_WRITER_DETAILS,
      'my address', 'your address', 'where i live', 'where you live', 'my id', 'your id', 'my full name', 'where i work', 'where you work', 'i have your',
      'my personal phone', 'my phone number', 'my private number', 'return label',
      'mi direccion', 'tu direccion', 'mi dni', 'tu dni', 'donde vivo', 'donde vives', 'donde trabajas', 'tengo tu',
      'meine adresse', 'deine adresse', 'wo ich wohne', 'wo du wohnst', 'wo du arbeitest', 'deinen ausweis', 'meinen ausweis', 'ich habe deine',
      'mon adresse', 'ton adresse', 'ou j habite', 'ou jhabite', 'ou tu habites', 'ou tu travailles', 'ta carte d identite', 'j ai ton', 'jai ton',
      'mio indirizzo', 'tuo indirizzo', 'dove abito', 'dove abiti', 'dove lavori', 'tuo documento', 'ho il tuo',
      'moj adres', 'twoj adres', 'gdzie mieszkam', 'gdzie mieszkasz', 'gdzie pracujesz', 'twoj dowod', 'mam twoj',
    ],
    visitOrHarm: [
      'to your house', 'to your door', 'at your door', 'send people', 'send some', 'my boys', 'pay you a visit', 'visit you', 'break your', 'hurt you',
      'wont live', 'live to tell', 'you will regret', 'youll regret', 'come cut you', 'cut you up', 'stab you', 'coming for you', 'come for you',
      'min from you', 'minutes from you', 'minutes away from you',
      'a tu casa', 'unos colegas', 'no lo cuentas', 'te parto', 'te vas a arrepentir', 'hacerte una visita',
      'zu dir nach hause', 'vor deiner tur', 'vorbeikommen', 'besuch abstatten', 'ein paar jungs', 'brech dir', 'wirst es bereuen',
      'chez toi', 'devant chez toi', 'des potes', 'te rendre visite', 'te casser', 'tu vas regretter',
      'a casa tua', 'sotto casa tua', 'qualche amico', 'farti visita', 'ti spacco', 'te ne pentirai',
      'pod twoj dom', 'do ciebie przyjd', 'kolegow', 'odwiedzimy cie', 'odwiedze cie', 'polamie ci', 'pozalujesz',
    ],
  },
};
