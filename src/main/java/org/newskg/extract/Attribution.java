package org.newskg.extract;

/**
 * A found attribution inside one sentence, before speakers are resolved: the reporting cue (a
 * verb's lemma, or "according to"), the speaker phrase (token span, inclusive; {@code -1} when the
 * speaker is inherited from a coordinated clause), and the content's character span in the
 * article text. {@code sharesSubjectWith} points to the attribution whose subject a coordinated
 * verb reuses ("X said … and expressed …"); {@code addressee} is the token span of the listener
 * ("told the outlet"), used for the outlet a claim was reported through.
 */
record Attribution(String cue, int cueToken, int speakerFrom, int speakerTo, int contentBegin, int contentEnd,
        Attribution sharesSubjectWith, int addresseeFrom, int addresseeTo) {

    boolean hasSpeakerPhrase() {
        return speakerFrom >= 0;
    }

    /** The same attribution with another speaker phrase (one of joint sources). */
    Attribution withSpeaker(int from, int to) {
        return new Attribution(cue, cueToken, from, to, contentBegin, contentEnd, sharesSubjectWith, addresseeFrom, addresseeTo);
    }

    Attribution withContent(int begin, int end) {
        return new Attribution(cue, cueToken, speakerFrom, speakerTo, begin, end, sharesSubjectWith, addresseeFrom, addresseeTo);
    }
}
