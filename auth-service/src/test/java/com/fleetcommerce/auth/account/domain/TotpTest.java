package com.fleetcommerce.auth.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B test vectors, and the platform's acceptance rules (window of one step, no replay). */
class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    private static final long[] TIMES = {59L, 1111111109L, 1111111111L, 1234567890L, 2000000000L, 20000000000L};
    private static final String[] SHA1 = {"94287082", "07081804", "14050471", "89005924", "69279037", "65353130"};
    private static final String[] SHA256 = {"46119246", "68084774", "67062674", "91819424", "90698825", "77737706"};
    private static final String[] SHA512 = {"90693936", "25091201", "99943326", "93441116", "38618901", "47863826"};

    @Test
    void matchesTheRfc6238TestVectors() {
        for (int i = 0; i < TIMES.length; i++) {
            long step = Totp.stepAt(Instant.ofEpochSecond(TIMES[i]));
            assertThat(Totp.code(SHA1_SEED, step, "HmacSHA1", 8)).as("SHA1 at %d", TIMES[i]).isEqualTo(SHA1[i]);
            assertThat(Totp.code(SHA256_SEED, step, "HmacSHA256", 8)).as("SHA256 at %d", TIMES[i]).isEqualTo(SHA256[i]);
            assertThat(Totp.code(SHA512_SEED, step, "HmacSHA512", 8)).as("SHA512 at %d", TIMES[i]).isEqualTo(SHA512[i]);
        }
    }

    @Test
    void acceptsThePreviousCurrentAndNextStepOnly() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.stepAt(now);
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now, null)).hasValue(step - 1);
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step), now, null)).hasValue(step);
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step + 1), now, null)).hasValue(step + 1);
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step - 2), now, null)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step + 2), now, null)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, "12345", now, null)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, null, now, null)).isEmpty();
    }

    @Test
    void aCodeOfAnAlreadyUsedStepIsRefused() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.stepAt(now);
        String code = Totp.code(SHA1_SEED, step);
        assertThat(Totp.verify(SHA1_SEED, code, now, step)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now, step)).isEmpty();
        assertThat(Totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step + 1), now, step)).hasValue(step + 1);
    }

    @Test
    void base32RoundTrips() {
        byte[] secret = "any secret bytes!!".getBytes(StandardCharsets.UTF_8);
        assertThat(Base32.decode(Base32.encode(secret))).isEqualTo(secret);
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    }
}
