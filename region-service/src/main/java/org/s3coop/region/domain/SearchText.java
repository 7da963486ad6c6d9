package org.s3coop.region.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The accent-free, lower-case form of a text that searches compare: {@code "Île-de-France"} and {@code "ile-de-france"}
 * fold alike. Used twice, so that both sides agree: when the NUTS migration is generated (column
 * {@code nuts_region.search_name}) and on the {@code q} of a search.
 * <p>
 * Letters are decomposed (NFD) and their combining marks dropped; letters with no decomposition are spelt out
 * ({@code ß} → ss, {@code ø} → o, {@code ł} → l, {@code æ} → ae, ...); typographic apostrophes and dashes become
 * ASCII ones; runs of white space become one space.
 */
public final class SearchText {
    private static final Map<Integer, String> SPELT_OUT = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'ø', "o"), Map.entry((int) 'æ', "ae"),
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'ł', "l"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'þ', "th"), Map.entry((int) 'ħ', "h"),
            Map.entry((int) 'ı', "i"), Map.entry((int) '’', "'"), Map.entry((int) '‘', "'"),
            Map.entry((int) '—', "-"), Map.entry((int) '–', "-"));

    private SearchText() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                return;
            }
            String spelt = SPELT_OUT.get(cp);
            if (spelt != null) {
                out.append(spelt);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
