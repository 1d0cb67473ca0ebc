package vn.dvc.kiosk.shared.text;

import java.util.List;

/**
 * Scores how well a resident's query matches a text, forgiving what people do at a kiosk: no diacritics, words in
 * another order, a word cut short, one wrong or swapped letter. Works on folded words (see {@link VietnameseText}).
 */
public final class ForgivingMatcher {

    private static final double EXACT = 1.0;
    private static final double PREFIX = 0.75;
    private static final double SPELLING_VARIANT = 0.95;
    private static final double TYPO = 0.55;

    private final List<String> queryWords;
    private final String foldedQuery;

    public ForgivingMatcher(String query) {
        this.queryWords = VietnameseText.words(query);
        this.foldedQuery = String.join(" ", queryWords);
    }

    public boolean isEmpty() {
        return queryWords.isEmpty();
    }

    /**
     * A score in [0, 2]: 0 when fewer than all query words (or, for queries of three words or more, all but one)
     * are found. Ranks higher: more words matched exactly, the query as a phrase, at the start, and texts with few
     * other words (so "Đăng ký khai sinh" beats "Đăng ký khai sinh kết hợp ...").
     */
    public double score(String text) {
        return score(VietnameseText.words(text));
    }

    /** The same score for a text already split into folded words (see {@link VietnameseText#words}): an index
     *  folds each name once instead of on every query. */
    public double score(List<String> words) {
        if (queryWords.isEmpty() || words.isEmpty()) {
            return 0;
        }
        double sum = 0;
        int missed = 0;
        for (String queryWord : queryWords) {
            double best = 0;
            for (String word : words) {
                best = Math.max(best, wordScore(queryWord, word));
                if (best == EXACT) {
                    break;
                }
            }
            if (best == 0) {
                missed++;
            }
            sum += best;
        }
        int allowedMisses = queryWords.size() >= 3 ? 1 : 0;
        if (missed > allowedMisses) {
            return 0;
        }
        double score = sum / queryWords.size();
        String folded = String.join(" ", words);
        if (folded.equals(foldedQuery)) {
            score += 0.6;
        } else if (folded.startsWith(foldedQuery)) {
            score += 0.4;
        } else if (folded.contains(foldedQuery)) {
            score += 0.25;
        }
        score += 0.3 * Math.min(1.0, (double) (queryWords.size() - missed) / words.size());
        return score;
    }

    static double wordScore(String queryWord, String word) {
        if (word.equals(queryWord)) {
            return EXACT;
        }
        if (sameSpellingVariant(queryWord, word)) {
            return SPELLING_VARIANT;
        }
        if (word.startsWith(queryWord)) {
            return queryWord.length() >= 2 ? PREFIX : PREFIX / 2;
        }
        int allowedEdits = queryWord.length() >= 8 ? 2 : queryWord.length() >= 4 ? 1 : 0;
        if (allowedEdits > 0 && Math.abs(word.length() - queryWord.length()) <= allowedEdits
                && editDistance(queryWord, word, allowedEdits) <= allowedEdits) {
            return TYPO;
        }
        // most Vietnamese syllables have 2-3 letters: there, only two swapped neighbours count as a typo ("hno")
        if (queryWord.length() == 3 && isAdjacentSwap(queryWord, word)) {
            return TYPO;
        }
        return 0;
    }

    /** "ký" and "kí", "lý" and "lí": both spellings are in everyday use, so i and y are the same letter here. */
    private static boolean sameSpellingVariant(String queryWord, String word) {
        return queryWord.length() == word.length() && queryWord.replace('y', 'i').equals(word.replace('y', 'i'));
    }

    private static boolean isAdjacentSwap(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i + 1 < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                        && a.substring(i + 2).equals(b.substring(i + 2));
            }
        }
        return false;
    }

    /**
     * Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps). Stops early once every alignment
     * costs more than {@code limit}, and then returns some value above {@code limit}.
     */
    static int editDistance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = d[i][0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
