package org.tocsin.tagging;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every word the rules and cues mention, each with a small integer id: {@code weapons} (exact) and
 * {@code distribut*} (stem) are different words. A token is looked up once per text and gets the sorted ids
 * of all words it matches; rules then compare integers instead of strings, which keeps tagging fast however
 * many rules there are.
 *
 * <p>Filled while a {@link Tagger} is built and only read afterwards, so a built tagger is safe to share
 * between threads.
 */
final class Vocabulary {

    /** The id every number token matches: {@code #} in a pattern. */
    static final int NUMBER = 0;
    private static final int[] NONE = {};

    private final Map<String, Integer> exact = new HashMap<>();
    /** Stems in a character trie: one walk along a token finds every stem it starts with, without substrings. */
    private final Node stems = new Node();
    private int next = 1;

    /** A trie node; children kept in parallel arrays sorted by character. */
    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        int id = -1;

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        Node addChild(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) return children[i];
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node[] ch = new Node[children.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(children, 0, ch, 0, at);
            k[at] = c;
            ch[at] = new Node();
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(children, at, ch, at + 1, children.length - at);
            keys = k;
            children = ch;
            return ch[at];
        }
    }

    int id(Term.Word word) {
        if (word.number()) return NUMBER;
        if (!word.stem()) {
            Integer id = exact.get(word.text());
            if (id != null) return id;
            exact.put(word.text(), next);
            return next++;
        }
        Node node = stems;
        for (int i = 0; i < word.text().length(); i++) node = node.addChild(word.text().charAt(i));
        if (node.id < 0) node.id = next++;
        return node.id;
    }

    int size() { return next; }

    /** The sorted ids of the words a folded token matches. */
    int[] lookup(String token, boolean isNumber) {
        int[] found = null;
        int count = 0;
        if (isNumber) {
            found = new int[4];
            found[count++] = NUMBER;
        }
        Integer e = exact.get(token);
        if (e != null) {
            if (found == null) found = new int[4];
            found[count++] = e;
        }
        Node node = stems;
        for (int i = 0; i < token.length() && (node = node.child(token.charAt(i))) != null; i++) {
            if (node.id < 0) continue;
            if (found == null) found = new int[4];
            else if (count == found.length) found = Arrays.copyOf(found, count * 2);
            found[count++] = node.id;
        }
        if (count == 0) return NONE;
        int[] ids = count == found.length ? found : Arrays.copyOf(found, count);
        if (count > 1) Arrays.sort(ids);
        return ids;
    }

    static boolean contains(int[] sortedIds, int id) {
        for (int x : sortedIds) {
            if (x == id) return true;
            if (x > id) return false;
        }
        return false;
    }
}
