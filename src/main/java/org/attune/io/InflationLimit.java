package org.attune.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An archive entry's inflated bytes, refused past a bound: a zip bomb (a small entry that inflates
 * to gigabytes) stops here instead of filling the memory or the disk.
 */
public final class InflationLimit extends FilterInputStream {

    /** No transcript is larger; the text of a three-hour session is a few megabytes. */
    public static final long MAX_BYTES = 512L * 1024 * 1024;
    /** Word's XML compresses well, to a tenth or so; a hundredfold is already suspicious. */
    private static final long MAX_RATIO = 100;
    private static final long ALWAYS_ALLOWED = 1024 * 1024;

    private final long limit;
    private long read;

    /**
     * @param in the inflating stream
     * @param compressedSize the size of the archive, to bound the ratio
     */
    public InflationLimit(InputStream in, long compressedSize) {
        super(in);
        this.limit = Math.min(MAX_BYTES, Math.max(ALWAYS_ALLOWED, compressedSize * MAX_RATIO));
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long bytes) throws IOException {
        read += bytes;
        if (read > limit) {
            throw new Exceeded(limit);
        }
    }

    /** An entry that inflated past its bound. */
    public static final class Exceeded extends IOException {
        private final long limit;

        Exceeded(long limit) {
            super("an entry inflates to more than " + (limit >> 20) + " MB (a zip bomb?)");
            this.limit = limit;
        }

        /** The bound, in bytes. */
        public long limit() {
            return limit;
        }
    }
}
