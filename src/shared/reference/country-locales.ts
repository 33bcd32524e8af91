/**
 * Every language i18n-iso-countries ships, imported one by one: a bundle cannot require() its
 * language files at run time (see electron.vite.config.ts). country-locales.test.ts checks this
 * list against the package's own, so a language it adds is not missed.
 */
import af from 'i18n-iso-countries/langs/af.json' with { type: 'json' };
import am from 'i18n-iso-countries/langs/am.json' with { type: 'json' };
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import az from 'i18n-iso-countries/langs/az.json' with { type: 'json' };
import be from 'i18n-iso-countries/langs/be.json' with { type: 'json' };
import bg from 'i18n-iso-countries/langs/bg.json' with { type: 'json' };
import bn from 'i18n-iso-countries/langs/bn.json' with { type: 'json' };
import br from 'i18n-iso-countries/langs/br.json' with { type: 'json' };
import bs from 'i18n-iso-countries/langs/bs.json' with { type: 'json' };
import ca from 'i18n-iso-countries/langs/ca.json' with { type: 'json' };
import cs from 'i18n-iso-countries/langs/cs.json' with { type: 'json' };
import cy from 'i18n-iso-countries/langs/cy.json' with { type: 'json' };
import da from 'i18n-iso-countries/langs/da.json' with { type: 'json' };
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import dv from 'i18n-iso-countries/langs/dv.json' with { type: 'json' };
import el from 'i18n-iso-countries/langs/el.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import et from 'i18n-iso-countries/langs/et.json' with { type: 'json' };
import eu from 'i18n-iso-countries/langs/eu.json' with { type: 'json' };
import fa from 'i18n-iso-countries/langs/fa.json' with { type: 'json' };
import fi from 'i18n-iso-countries/langs/fi.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import ga from 'i18n-iso-countries/langs/ga.json' with { type: 'json' };
import gl from 'i18n-iso-countries/langs/gl.json' with { type: 'json' };
import ha from 'i18n-iso-countries/langs/ha.json' with { type: 'json' };
import he from 'i18n-iso-countries/langs/he.json' with { type: 'json' };
import hi from 'i18n-iso-countries/langs/hi.json' with { type: 'json' };
import hr from 'i18n-iso-countries/langs/hr.json' with { type: 'json' };
import hu from 'i18n-iso-countries/langs/hu.json' with { type: 'json' };
import hy from 'i18n-iso-countries/langs/hy.json' with { type: 'json' };
import id from 'i18n-iso-countries/langs/id.json' with { type: 'json' };
import is from 'i18n-iso-countries/langs/is.json' with { type: 'json' };
import it from 'i18n-iso-countries/langs/it.json' with { type: 'json' };
import ja from 'i18n-iso-countries/langs/ja.json' with { type: 'json' };
import ka from 'i18n-iso-countries/langs/ka.json' with { type: 'json' };
import kk from 'i18n-iso-countries/langs/kk.json' with { type: 'json' };
import km from 'i18n-iso-countries/langs/km.json' with { type: 'json' };
import ko from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import ku from 'i18n-iso-countries/langs/ku.json' with { type: 'json' };
import ky from 'i18n-iso-countries/langs/ky.json' with { type: 'json' };
import lt from 'i18n-iso-countries/langs/lt.json' with { type: 'json' };
import lv from 'i18n-iso-countries/langs/lv.json' with { type: 'json' };
import mk from 'i18n-iso-countries/langs/mk.json' with { type: 'json' };
import ml from 'i18n-iso-countries/langs/ml.json' with { type: 'json' };
import mn from 'i18n-iso-countries/langs/mn.json' with { type: 'json' };
import mr from 'i18n-iso-countries/langs/mr.json' with { type: 'json' };
import ms from 'i18n-iso-countries/langs/ms.json' with { type: 'json' };
import mt from 'i18n-iso-countries/langs/mt.json' with { type: 'json' };
import nb from 'i18n-iso-countries/langs/nb.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import nn from 'i18n-iso-countries/langs/nn.json' with { type: 'json' };
import no from 'i18n-iso-countries/langs/no.json' with { type: 'json' };
import pl from 'i18n-iso-countries/langs/pl.json' with { type: 'json' };
import ps from 'i18n-iso-countries/langs/ps.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import ro from 'i18n-iso-countries/langs/ro.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import sd from 'i18n-iso-countries/langs/sd.json' with { type: 'json' };
import sk from 'i18n-iso-countries/langs/sk.json' with { type: 'json' };
import sl from 'i18n-iso-countries/langs/sl.json' with { type: 'json' };
import so from 'i18n-iso-countries/langs/so.json' with { type: 'json' };
import sq from 'i18n-iso-countries/langs/sq.json' with { type: 'json' };
import sr from 'i18n-iso-countries/langs/sr.json' with { type: 'json' };
import sv from 'i18n-iso-countries/langs/sv.json' with { type: 'json' };
import sw from 'i18n-iso-countries/langs/sw.json' with { type: 'json' };
import ta from 'i18n-iso-countries/langs/ta.json' with { type: 'json' };
import tg from 'i18n-iso-countries/langs/tg.json' with { type: 'json' };
import th from 'i18n-iso-countries/langs/th.json' with { type: 'json' };
import tk from 'i18n-iso-countries/langs/tk.json' with { type: 'json' };
import tr from 'i18n-iso-countries/langs/tr.json' with { type: 'json' };
import tt from 'i18n-iso-countries/langs/tt.json' with { type: 'json' };
import ug from 'i18n-iso-countries/langs/ug.json' with { type: 'json' };
import uk from 'i18n-iso-countries/langs/uk.json' with { type: 'json' };
import ur from 'i18n-iso-countries/langs/ur.json' with { type: 'json' };
import uz from 'i18n-iso-countries/langs/uz.json' with { type: 'json' };
import vi from 'i18n-iso-countries/langs/vi.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };

export const countryLocales = [
  af,
  am,
  ar,
  az,
  be,
  bg,
  bn,
  br,
  bs,
  ca,
  cs,
  cy,
  da,
  de,
  dv,
  el,
  en,
  es,
  et,
  eu,
  fa,
  fi,
  fr,
  ga,
  gl,
  ha,
  he,
  hi,
  hr,
  hu,
  hy,
  id,
  is,
  it,
  ja,
  ka,
  kk,
  km,
  ko,
  ku,
  ky,
  lt,
  lv,
  mk,
  ml,
  mn,
  mr,
  ms,
  mt,
  nb,
  nl,
  nn,
  no,
  pl,
  ps,
  pt,
  ro,
  ru,
  sd,
  sk,
  sl,
  so,
  sq,
  sr,
  sv,
  sw,
  ta,
  tg,
  th,
  tk,
  tr,
  tt,
  ug,
  uk,
  ur,
  uz,
  vi,
  zh,
];
