package eu.nis2assessor.adapter.graphql.access;

import eu.nis2assessor.domain.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code type UserError}: invalid input a person can fix, named by its path under {@code input}. */
public record UserErrorView(List<String> field, String message, String code) {

    private static final Pattern INDEXED = Pattern.compile("(.+)\\[(\\d+)]");

    public static UserErrorView of(InvalidInputException e) {
        List<String> field = new ArrayList<>();
        field.add("input");
        for (String segment : e.path()) {
            Matcher matcher = INDEXED.matcher(segment);
            if (matcher.matches()) {
                field.add(matcher.group(1));
                field.add(matcher.group(2));
            } else {
                field.add(segment);
            }
        }
        return new UserErrorView(field, e.getMessage(), "INVALID");
    }
}
