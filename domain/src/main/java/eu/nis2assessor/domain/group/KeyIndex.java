package eu.nis2assessor.domain.group;

/**
 * The positions of the enterprises' keys: an open-addressing hash table of {@code long}s (hash and position in one
 * entry) over a packed copy of the keys. A look-up reads the table and the packed characters, both compact arrays,
 * and never the key objects of the enterprises, which lie spread over memory in a large structure.
 */
final class KeyIndex {

    private static final long EMPTY = -1;

    private final long[] table;
    private final int mask;
    /** The keys, one after the other: key i is chars[start[i] .. start[i+1]). */
    final char[] chars;
    final int[] start;

    /** @param keys the enterprises' keys in order; read once, in order */
    KeyIndex(String[] keys) {
        int n = keys.length;
        this.start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + keys[i].length();
        }
        this.chars = new char[start[n]];
        int capacity = Integer.highestOneBit(Math.max(4, n * 2 + 1)) << 1; // load factor below 1/2
        this.table = new long[capacity];
        this.mask = capacity - 1;
        java.util.Arrays.fill(table, EMPTY);
        for (int i = 0; i < n; i++) {
            keys[i].getChars(0, keys[i].length(), chars, start[i]);
        }
    }

    /**
     * Adds key {@code i} (its characters already packed).
     *
     * @return the position of an earlier equal key, or -1 when the key is new
     */
    int add(String key, int i) {
        int hash = key.hashCode();
        int slot = slot(key, hash);
        if (table[slot] == EMPTY) {
            table[slot] = ((long) hash << 32) | i;
            return -1;
        }
        return (int) table[slot];
    }

    /** The position of {@code key}, or -1. */
    int indexOf(String key) {
        long entry = table[slot(key, key.hashCode())];
        return entry == EMPTY ? -1 : (int) entry;
    }

    /** The slot that holds {@code key}, or the empty slot where it would go (linear probing). */
    private int slot(String key, int hash) {
        int slot = spread(hash) & mask;
        while (true) {
            long entry = table[slot];
            if (entry == EMPTY || (int) (entry >>> 32) == hash && matches(key, (int) entry)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean matches(String key, int i) {
        int from = start[i];
        int length = start[i + 1] - from;
        if (key.length() != length) {
            return false;
        }
        for (int c = 0; c < length; c++) {
            if (key.charAt(c) != chars[from + c]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
