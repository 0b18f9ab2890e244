/** Polish crisis language (folded: ą→a, ę→e, ł→l, ó→o, ś→s, ż/ź→z, ć→c, ń→n). */
import { compileCrisis } from './pattern';

export const PL_PATTERNS = compileCrisis('pl', [
  ['suicidal_ideation', `samobojst|samobojcz|samoboj`, 'negatable'],
  ['suicidal_ideation', `(?:sie )?zabic sie|sie zabic|zabije sie|zabijam sie|zabilbym sie|nie chce (?:mi sie )?(?:juz )?(?:zyc|tu byc|istniec)|chce umrzec|chcialbym umrzec|chcialabym umrzec|(?:skonczyc|skoncze|skonczyc juz) ze soba|odebrac sobie zycie|nie ma sensu zyc|nie widze sensu (?:zycia|zyc|w zyciu)|lepiej (?:by bylo )?beze mnie|powiesic sie|powiesze sie|skocze z (?:mostu|dachu|okna|bloku)|wszystkie tabletki|zniknac na zawsze`],
  ['suicidal_ideation', `ze soba (?:skonczyc|skoncze|zrobic)|list pozegnalny|(?:lepiej|byloby lepiej) (?:gdybym|zebym|bym) (?:nie zyl|nie zyla|umarl|umarla|zniknal|zniknela)|(?:mam )?dosc zycia|zmeczon[ya] zyciem|mysli samobojcze|nie widze powodu (?:zeby |by |aby )?zyc|moj ostatni dzien|chce zeby (?:to|wszystko) sie skonczylo|nie chce sie obudzic`],
  ['self_harm', `pociac sie|sie pociac|sie potne|sie tne|sie ciac|pocialem|pocielam|pocialam|tne sie|ciac sie|ciachac sie|okaleczam|samookalecz|(?:robie|zrobic|zrobie) sobie krzywde`],
  ['immediate_danger', `(?:zabije|zabic|zabil|pobije|pobic|zatluke) mnie|mnie (?:zabije|zabic|pobije|pobic|zatluke|dopadnie)|wie gdzie mieszkam|zna (?:moj|moja|moje) (?:adres|dom)|bije mnie|mnie (?:bije|bil|bila|pobil|pobila|dusi|dusil)\\b|bil mnie|grozi .{0,30}(?:smiercia|zabiciem|pobiciem)|przemoc domowa|z nozem|z bronia|z pistoletem|boje sie o (?:swoje |moje )?zycie|(?:jestem|jest) w niebezpieczenstwie`],
  ['child_safety', `(?:dziecko|syn|corka|nieletni|\\d+ ?lat\\w*).{0,80}(?:prosi|chce|pisze|wysyla|namawia)\\w* .{0,40}(?:spotka|zdjec|nagie|nago)`],
  ['distress', `nie daje rady|nie mam (?:juz )?sily|stracilem wszystko|stracilam wszystko|nie widze sensu|bez wyjscia`, 'weak'],
]);
