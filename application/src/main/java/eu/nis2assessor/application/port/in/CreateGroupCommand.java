package eu.nis2assessor.application.port.in;

import eu.nis2assessor.application.model.Texts;

/** Creates an empty group. @param name 1..200 characters, not blank (trimmed). */
public record CreateGroupCommand(String name) {

    public CreateGroupCommand {
        name = Texts.required(name, "name", 200);
    }
}
