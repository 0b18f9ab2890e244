/** Spanish crisis language (folded: ñ→n, accents removed). */
import { compileCrisis } from './pattern';

export const ES_PATTERNS = compileCrisis('es', [
  ['suicidal_ideation', `suicid|suisid`, 'negatable'],
  ['suicidal_ideation', `quitarme la vida|(?:quiero|kiero|qiero|voy a|pienso en|ganas de|deseo|necesito) (?:matarme|morirme|morir|suicidarme|desaparecer)|me quiero (?:matar|morir)|me voy a matar|quiero morir|no quiero (?:vivir|seguir viviendo|seguir con vida|despertar|estar aqui|existir)|ganas de morir|acabar con (?:todo|mi vida)|(?:mejor|estarian mejor|estaria mejor) sin mi|desaparecer para siempre|no vale la pena vivir|no tiene sentido vivir|tomarme (?:todas )?las pastillas`],
  ['suicidal_ideation', `sentido a la vida|sentido (?:de|a) (?:mi )?vida|quitar(?:me)? la vida|carta de despedida|dejar de (?:existir|vivir)|mejor muert[oa]|irme de este mundo|pensamientos suicidas|no veo (?:razon|sentido|motivo) (?:para|de|en) (?:vivir|seguir)|no tiene sentido seguir|mi ultimo dia|quiero que (?:todo|esto) (?:termine|acabe) (?:ya|para siempre)|ya no quiero estar|me quiero morir`],
  ['self_harm', `(?:me hago|hacerme|hago) cortes|cortes en (?:los|mis) (?:brazos|piernas|munecas)|hacerme dano|me hago dano|me corto (?:los brazos|las munecas|el brazo|la piel|las piernas)|me corto(?= ?[.,!?;]| $)|cortar(?:me)? (?:los brazos|las venas|las munecas)|cortarme(?= ?[.,!?;]| $)|autolesi|lastimarme|me lastimo|herirme`],
  ['immediate_danger', `(?:va|van|vendra|vendran|viene|vienen|quiere|quieren) a (?:venir a )?(?:matarme|hacerme dano|pegarme|golpearme|lastimarme)|me (?:va|van) a (?:matar|pegar|golpear)|sabe(?:n)? donde vivo|conoce(?:n)? mi (?:direccion|casa)|(?:me pega|me golpea|me maltrata)\\b|violencia (?:domestica|de genero)|miedo (?:por|de) mi vida|(?:estoy|esta|estamos) en peligro|amenaza\\w* de muerte|amenaza\\w* con (?:matarme|matar|hacerme dano|pegarme|golpearme|lastimarme)|con un (?:cuchillo|arma|pistola|navaja)`],
  ['child_safety', `(?:hijo|hija|nino|nina|menor|\\d+ anos).{0,80}(?:pide|pidio|quiere|escribe|manda|pregunta)\\w* .{0,40}(?:quedar|verse|fotos|desnud|encontrarse)`],
  ['distress', `ya no aguanto|no puedo mas(?! con (?:la|el|esta|este|estos|estas|los|las|tanta|tanto|su|sus|tu|tus|ustedes|vuestra|vuestro)\\b)|perdi todo|no se que hacer|sin salida|no tengo nada`, 'weak'],
]);
