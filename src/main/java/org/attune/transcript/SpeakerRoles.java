package org.attune.transcript;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.attune.model.Role;

/**
 * Decides each speaker's role. In order: the names given for the therapist and the client
 * (--therapist, --client); a role the file states (a CSV role column); the common labels
 * (T, Th, Therapist, Dr ...; C, Cl, Client, P, Patient ...); otherwise {@link Role#OTHER}.
 * Names match without regard to case, extra spaces or a trailing full stop.
 */
public final class SpeakerRoles {

    private static final Set<String> THERAPIST_LABELS = Set.of("t", "th", "ther", "therapist", "psychotherapist",
            "counsellor", "counselor", "clinician", "analyst", "psychologist", "psychiatrist");
    private static final Set<String> CLIENT_LABELS = Set.of("c", "cl", "client", "p", "pt", "patient", "analysand");
    private static final Set<String> OTHER_LABELS = Set.of("other", "o");
    /** "Dr Lee", "Dr. Lee", "Doctor Lee": a title that in a therapy transcript is the clinician's. */
    private static final Pattern DOCTOR = Pattern.compile("^(?:dr\\.?|doctor)\\s+\\S.*$");
    /** "T1", "Therapist 2", "Client B": numbered or lettered co-therapists and clients of a group. */
    private static final Pattern NUMBERED = Pattern.compile("^(.*?)(?:\\s*\\d+|\\s+[a-d])$");

    private final Set<String> therapists;
    private final Set<String> clients;

    public SpeakerRoles(Collection<String> therapistNames, Collection<String> clientNames) {
        this.therapists = normaliseAll(therapistNames);
        this.clients = normaliseAll(clientNames);
        Set<String> both = new LinkedHashSet<>(therapists);
        both.retainAll(clients);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("named both therapist and client: " + String.join(", ", both));
        }
    }

    /** Roles from the common labels only. */
    public static SpeakerRoles byCommonLabels() {
        return new SpeakerRoles(Set.of(), Set.of());
    }

    /** The role of a speaker, given the role the file states for the turn (or null). */
    public Role roleOf(String speaker, Role statedInFile) {
        String name = normalise(speaker);
        if (therapists.contains(name)) {
            return Role.THERAPIST;
        }
        if (clients.contains(name)) {
            return Role.CLIENT;
        }
        if (statedInFile != null) {
            return statedInFile;
        }
        Role common = commonRole(speaker);
        return common == null ? Role.OTHER : common;
    }

    /** Whether a name was given with --therapist or --client. */
    public boolean isNamed(String speaker) {
        String name = normalise(speaker);
        return therapists.contains(name) || clients.contains(name);
    }

    /** The names given with --therapist and --client, normalised. */
    public Set<String> namesGiven() {
        Set<String> all = new LinkedHashSet<>(therapists);
        all.addAll(clients);
        return all;
    }

    /** The role a common label stands for ("Th", "Patient", "Dr Lee", "Client 2"), or null for a name. */
    public static Role commonRole(String label) {
        String name = normalise(label);
        Role role = labelRole(name);
        if (role != null) {
            return role;
        }
        if (DOCTOR.matcher(name).matches()) {
            return Role.THERAPIST;
        }
        var numbered = NUMBERED.matcher(name);
        if (numbered.matches() && !numbered.group(1).isEmpty()) {
            return labelRole(numbered.group(1));
        }
        return null;
    }

    private static Role labelRole(String name) {
        if (THERAPIST_LABELS.contains(name)) {
            return Role.THERAPIST;
        }
        if (CLIENT_LABELS.contains(name)) {
            return Role.CLIENT;
        }
        return OTHER_LABELS.contains(name) ? Role.OTHER : null;
    }

    /** A name as compared: lower case, single spaces, no trailing full stop or colon. */
    public static String normalise(String name) {
        String tidy = Whitespace.collapse(name);
        int end = tidy.length();
        while (end > 0 && (tidy.charAt(end - 1) == '.' || tidy.charAt(end - 1) == ':')) {
            end--;
        }
        return tidy.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static Set<String> normaliseAll(Collection<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : names) {
            if (!name.isBlank()) {
                out.add(normalise(name));
            }
        }
        return Set.copyOf(out);
    }
}
