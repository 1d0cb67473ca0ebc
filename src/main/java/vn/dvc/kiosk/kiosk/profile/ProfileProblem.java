package vn.dvc.kiosk.kiosk.profile;

/**
 * One wrong value of a kiosk profile, said for the installer who has to correct it.
 *
 * @param key     the configuration key, as written in the profile file
 * @param value   the value found, as written; null when the key is missing
 * @param allowed what the key takes instead, in plain words
 * @param origin  where the value came from (file and line, or an environment variable), when known
 */
public record ProfileProblem(String key, String value, String allowed, String origin) {

    public ProfileProblem(String key, String value, String allowed) {
        this(key, value, allowed, null);
    }

    ProfileProblem at(String where) {
        return new ProfileProblem(key, value, allowed, where);
    }

    /** e.g. {@code kiosk.profile.volume is "150": use a whole number from 0 (silent) to 100 (loudest).} */
    public String describe() {
        String found = value == null ? " is not set" : " is \"" + value + "\"";
        String from = origin == null ? "" : " (" + origin + ")";
        return key + found + from + ": " + allowed;
    }
}
