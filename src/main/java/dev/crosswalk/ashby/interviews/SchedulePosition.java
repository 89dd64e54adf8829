package dev.crosswalk.ashby.interviews;

import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;

/**
 * Where a listing of interviews stands inside Ashby's interview schedules: the Ashby page (its
 * cursor, null for the first, and the page size it was read with, so re-reading it gives the same
 * schedules), the schedule within that page and the event within that schedule. A unified page can
 * thus end inside a schedule and the next one resumes at the following event.
 * Written as {@code ashbyLimit:schedule:event:cursor}; the cursor goes last as it may hold any character.
 */
record SchedulePosition(int ashbyLimit, int schedule, int event, String cursor) {

    static SchedulePosition first(int ashbyLimit) {
        return new SchedulePosition(ashbyLimit, 0, 0, null);
    }

    /** The start of the Ashby page after this one. */
    static SchedulePosition startOf(int ashbyLimit, String cursor) {
        return new SchedulePosition(ashbyLimit, 0, 0, cursor);
    }

    static SchedulePosition parse(String position, int limit) {
        if (position == null) {
            return first(limit);
        }
        String[] parts = position.split(":", 4);
        try {
            if (parts.length == 4) {
                SchedulePosition parsed = new SchedulePosition(
                        Integer.parseInt(parts[0]),
                        Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]),
                        parts[3].isEmpty() ? null : parts[3]);
                if (parsed.ashbyLimit() >= 1
                        && parsed.ashbyLimit() <= 100
                        && parsed.schedule() >= 0
                        && parsed.event() >= 0) {
                    return parsed;
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CrosswalkException(
                ProblemCode.INVALID_CURSOR, "Parameter 'next_cursor' does not belong to this listing");
    }

    String write() {
        return ashbyLimit + ":" + schedule + ":" + event + ":" + (cursor == null ? "" : cursor);
    }
}
