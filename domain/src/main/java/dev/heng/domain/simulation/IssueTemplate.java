package dev.heng.domain.simulation;

/**
 * One kind of problem within a category, with every text a ticket about it needs in English and
 * Chinese, so that subject, description, fix, resolution and knowledge article agree. Texts may
 * hold the slots that {@link MessageWriter} fills.
 *
 * @param subjectEn ticket subject
 * @param subjectZh ticket subject in Chinese
 * @param problemEn the customer's statement of the problem
 * @param problemZh the same in Chinese
 * @param fixEn the agent's explanation of the fix
 * @param fixZh the same in Chinese
 * @param resolutionEn short resolution note
 * @param resolutionZh the same in Chinese
 * @param query what an agent types into the knowledge base
 * @param titleEn title of the knowledge article about it
 * @param titleZh the same in Chinese
 */
record IssueTemplate(
    String subjectEn,
    String subjectZh,
    String problemEn,
    String problemZh,
    String fixEn,
    String fixZh,
    String resolutionEn,
    String resolutionZh,
    String query,
    String titleEn,
    String titleZh) {}
