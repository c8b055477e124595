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
    /** The keys, one after the other: key i is chars[start[i] .. start[i+1]) (the array may be longer). */
    char[] chars;
    final int[] start;
    /** The keys' {@link String#hashCode}s, by position. */
    private final int[] hashes;
    private int packed;

    /**
     * An empty index for {@code n} keys, packed with {@link #pack} in the order of their positions 0 .. n-1 and then
     * added to the table with {@link #insert}. Each key's object is read once, when it is packed: its characters are
     * copied and its hash taken in the same step.
     */
    KeyIndex(int n) {
        this.start = new int[n + 1];
        this.hashes = new int[n];
        this.chars = new char[Math.max(16, n * 8)];
        int capacity = Integer.highestOneBit(Math.max(4, n * 2 + 1)) << 1; // load factor below 1/2
        this.table = new long[capacity];
        this.mask = capacity - 1;
        java.util.Arrays.fill(table, EMPTY);
    }

    /** Packs key {@code i} (the next position) and takes its hash; {@link #insert} adds it to the table. */
    void pack(String key, int i) {
        if (i != packed++) {
            throw new IllegalStateException("keys are packed in the order of their positions");
        }
        int length = key.length();
        int from = start[i];
        if (from + length > chars.length) {
            chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, from + length));
        }
        key.getChars(0, length, chars, from);
        start[i + 1] = from + length;
        hashes[i] = key.hashCode();
    }

    /**
     * Adds packed key {@code i} to the table, unless an equal key is there. Reads the table and the packed keys alone:
     * a loop of these (after the loop that packs) keeps many reads of the table in flight at once.
     *
     * @return the position of an equal key added before, or -1 when the key is new
     */
    int insert(int i) {
        int hash = hashes[i];
        int slot = spread(hash) & mask;
        while (true) {
            long entry = table[slot];
            if (entry == EMPTY) {
                table[slot] = ((long) hash << 32) | i;
                return -1;
            }
            if ((int) (entry >>> 32) == hash && samePacked((int) entry, i)) {
                return (int) entry;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The position of {@code key}, or -1. */
    int indexOf(String key) {
        long entry = table[slot(key, key.hashCode())];
        return entry == EMPTY ? -1 : (int) entry;
    }

    /**
     * The first step of a look-up done in two passes: for a key whose {@link String#hashCode} is {@code hash}, the
     * position recorded with that hash on its probe path, or -1 when the key is surely absent. Reads the table alone, so
     * that a loop of these look-ups keeps many reads of the table in flight at once; {@link #confirm} then compares the
     * characters.
     */
    int candidate(int hash) {
        int slot = spread(hash) & mask;
        while (true) {
            long entry = table[slot];
            if (entry == EMPTY) {
                return -1;
            }
            if ((int) (entry >>> 32) == hash) {
                return (int) entry;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Reads the first character of the key at position {@code candidate} (nothing for -1), so that {@link #confirm}
     * finds it at hand (see {@link ReadAhead}).
     *
     * @return the character read, or 0
     */
    int readAhead(int candidate) {
        if (candidate < 0) {
            return 0;
        }
        int from = start[candidate];
        return from < chars.length ? chars[from] : 0;
    }

    /**
     * The second step: the position of {@code key} given its {@link #candidate} for {@code key.hashCode()}, or -1 (equal
     * to {@link #indexOf}).
     */
    int confirm(String key, int candidate) {
        if (candidate < 0) {
            return -1;
        }
        // keys are unique in the table: when the candidate's key is the key, it is its only position
        return matches(key, candidate) ? candidate : indexOf(key);
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

    /** Whether packed keys {@code i} and {@code j} are equal. */
    private boolean samePacked(int i, int j) {
        int from = start[i];
        int length = start[i + 1] - from;
        int other = start[j];
        if (start[j + 1] - other != length) {
            return false;
        }
        for (int c = 0; c < length; c++) {
            if (chars[from + c] != chars[other + c]) {
                return false;
            }
        }
        return true;
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
