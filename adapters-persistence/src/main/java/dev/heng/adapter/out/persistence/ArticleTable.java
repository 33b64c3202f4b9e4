package dev.heng.adapter.out.persistence;

import dev.heng.domain.record.KnowledgeArticle;
import dev.heng.domain.record.RecordKind;
import io.r2dbc.spi.Readable;
import java.util.List;

/**
 * Knowledge articles. They are the tenant's shared knowledge, not one agent's or team's data: every
 * role may read every article, so the scope conditions are absent.
 */
final class ArticleTable extends RecordTable<KnowledgeArticle> {

  ArticleTable() {
    super(
        RecordKind.ARTICLES,
        "articles",
        KnowledgeArticle.class,
        List.of(
            Column.text("author_id"),
            Column.text("title"),
            Column.text("body"),
            Column.text("tags"),
            Column.integer("version"),
            Column.instant("created_at"),
            Column.instant("updated_at"),
            Column.text("updated_by")));
  }

  @Override
  Object[] values(KnowledgeArticle article) {
    return new Object[] {
      article.authorId(),
      article.title(),
      article.body(),
      RowValues.json(article.tags()),
      article.version(),
      RowValues.time(article.createdAt()),
      RowValues.time(article.updatedAt()),
      article.updatedBy()
    };
  }

  @Override
  KnowledgeArticle read(Readable row) {
    return new KnowledgeArticle(
        RowValues.text(row, "external_id"),
        RowValues.text(row, "author_id"),
        RowValues.text(row, "title"),
        RowValues.text(row, "body"),
        RowValues.textList(row, "tags"),
        RowValues.integer(row, "version"),
        RowValues.instant(row, "created_at"),
        RowValues.instant(row, "updated_at"),
        RowValues.text(row, "updated_by"));
  }

  @Override
  String timeColumn() {
    return "created_at";
  }

  @Override
  String teamCondition() {
    return null;
  }

  @Override
  String agentCondition() {
    return "author_id = :%s";
  }

  @Override
  String agentScopeCondition() {
    return null;
  }

  @Override
  String teamScopeCondition() {
    return null;
  }
}
