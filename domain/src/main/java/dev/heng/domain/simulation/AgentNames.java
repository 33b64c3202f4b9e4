package dev.heng.domain.simulation;

import java.util.List;
import java.util.random.RandomGenerator;

/** Plausible agent names: English given and family names, and Chinese names in characters. */
final class AgentNames {

  /** Share of agents with a Chinese name. */
  private static final double CHINESE_NAME_SHARE = 0.3;

  private static final List<String> GIVEN =
      List.of(
          "Mia", "Noah", "Olivia", "Liam", "Emma", "Lucas", "Ava", "Ethan", "Sofia", "Mason",
          "Chloe", "Logan", "Grace", "Daniel", "Hannah", "Samuel", "Leah", "Owen", "Zoe", "Isaac",
          "Nora", "Caleb", "Ruby", "Adam", "Elena", "Jonah", "Maya", "Felix", "Iris", "Hugo",
          "Priya", "Omar", "Aisha", "Mateo", "Yuki", "Kofi", "Ingrid", "Tomas", "Leila", "Ravi");
  private static final List<String> FAMILY =
      List.of(
          "Smith",
          "Johnson",
          "Brown",
          "Garcia",
          "Miller",
          "Davis",
          "Martin",
          "Clark",
          "Lewis",
          "Walker",
          "Young",
          "Allen",
          "King",
          "Wright",
          "Scott",
          "Green",
          "Baker",
          "Adams",
          "Nelson",
          "Hill",
          "Campbell",
          "Mitchell",
          "Roberts",
          "Carter",
          "Phillips",
          "Evans",
          "Turner",
          "Torres",
          "Parker",
          "Collins",
          "Edwards",
          "Stewart",
          "Morris",
          "Murphy",
          "Cook",
          "Rogers",
          "Patel",
          "Nguyen",
          "Kowalski",
          "Okafor");
  private static final List<String> SURNAMES_ZH =
      List.of(
          "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林",
          "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹");
  private static final List<String> GIVEN_ZH =
      List.of(
          "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英",
          "霞", "平", "刚", "桂英", "晓东", "子涵", "欣怡", "浩然", "思远", "雨桐", "嘉怡", "宇轩", "梓萱", "一鸣", "佳琪",
          "俊杰", "文博", "婷婷", "海燕", "建华", "志强", "春梅");

  private AgentNames() {}

  /** Draws one name; English names are "Given Family", Chinese names family name first. */
  static String draw(RandomGenerator rng) {
    if (Draws.chance(rng, CHINESE_NAME_SHARE)) {
      return Draws.pick(rng, SURNAMES_ZH) + Draws.pick(rng, GIVEN_ZH);
    }
    return Draws.pick(rng, GIVEN) + " " + Draws.pick(rng, FAMILY);
  }

  /** The name an agent signs messages with: the given name, or a Chinese name whole. */
  static String signature(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }
}
