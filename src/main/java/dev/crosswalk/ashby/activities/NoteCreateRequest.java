package dev.crosswalk.ashby.activities;

/** {@code candidate.createNote} with an explicit content type, so the text is never read as HTML. */
record NoteCreateRequest(String candidateId, Note note, boolean isPrivate) {

    static NoteCreateRequest plainText(String candidateId, String text, boolean isPrivate) {
        return new NoteCreateRequest(candidateId, new Note("text/plain", text), isPrivate);
    }

    /** A note's content and its type ({@code text/plain} or {@code text/html}). */
    record Note(String type, String value) {}
}
