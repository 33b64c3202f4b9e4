package dev.heng.domain.simulation;

import dev.heng.domain.record.Channel;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Writes the texts of one ticket: subject, messages, search queries and resolution note. Texts are
 * combined from fragments so that tickets vary, and they carry what real customer-service text
 * carries: order numbers, links, mentions on social channels, emoticons, shouting in capitals when
 * customers are angry, and the curt "thanks" that ends a complaint. The slot values (order number,
 * amount, device and so on) are drawn once per ticket so a conversation stays consistent.
 */
final class MessageWriter {

  private static final List<String> GREETINGS_EN =
      List.of("Hi,", "Hello,", "Hi there,", "Good morning,", "Hey,");
  private static final List<String> GREETINGS_ZH = List.of("你好，", "您好，", "在吗？");

  private static final List<String> HANDLES = List.of("@ShopCare", "@HelpDesk", "@SupportTeam");

  private static final List<String> DETAILS_EN =
      List.of(
          "I'm on the {plan} plan.",
          "Order number is {order}.",
          "Screenshot: {url}",
          "This is on my {device}.",
          "It started {days} days ago.");
  private static final List<String> DETAILS_ZH =
      List.of("我用的是{plan}套餐。", "订单号是{order}。", "截图在这里：{url}", "已经{days}天了。");

  private static final List<String> CLOSERS_NEUTRAL_EN =
      List.of(
          "Can you help?",
          "Could you look into it please?",
          "Thanks in advance.",
          "Please advise.");
  private static final List<String> CLOSERS_UPSET_EN =
      List.of(
          "This is really frustrating.",
          "Please sort this out quickly.",
          "Not impressed so far.",
          "I expected better from you.");
  private static final List<String> CLOSERS_ANGRY_EN =
      List.of(
          "This is unacceptable.",
          "I am losing my patience with you.",
          "Fix this now.",
          "Worst service I have ever had.",
          "I will tell everyone I know about this.");
  private static final List<String> CLOSERS_NEUTRAL_ZH = List.of("麻烦帮忙看一下，谢谢。", "请尽快处理。");
  private static final List<String> CLOSERS_UPSET_ZH = List.of("真的很烦。", "希望尽快解决。", "有点失望。");
  private static final List<String> CLOSERS_ANGRY_ZH = List.of("太过分了！", "这服务也太差了吧！", "我要投诉！！");

  private static final List<String> FOLLOW_UPS_ANGRY_EN =
      List.of(
          "This is the third time I explain the same thing!!",
          "Are you even reading my messages?",
          "I have been waiting {days} days and nobody cares.",
          "I want to speak to a manager.",
          "Seriously, how hard can this be?");
  private static final List<String> FOLLOW_UPS_UPSET_EN =
      List.of(
          "It still doesn't work.",
          "I already tried that.",
          "Why is this taking so long?",
          "Hmm, that didn't help much.",
          "Still waiting for an answer...");
  private static final List<String> FOLLOW_UPS_NEUTRAL_EN =
      List.of(
          "Here is the order number: {order}.",
          "I tried the steps, now I see a different error.",
          "OK, I will check and come back to you.",
          "Screenshot here: {url}",
          "It's on my {device}, latest version.");
  private static final List<String> FOLLOW_UPS_PLEASED_EN =
      List.of(
          "Great, that worked!",
          "Thank you so much, all good now",
          "Perfect, thanks for the quick help!",
          "Brilliant, really appreciate it.");
  private static final List<String> FOLLOW_UPS_ANGRY_ZH =
      List.of("我已经说了三遍了！", "你们到底有没有人在管？", "已经等了{days}天了，没人理我。", "叫你们经理来！");
  private static final List<String> FOLLOW_UPS_UPSET_ZH =
      List.of("还是不行。", "这个我已经试过了。", "怎么这么慢？", "还在等回复……");
  private static final List<String> FOLLOW_UPS_NEUTRAL_ZH =
      List.of("订单号是{order}。", "按照步骤操作了，现在出现了另一个错误。", "好的，我看一下。", "截图：{url}");
  private static final List<String> FOLLOW_UPS_PLEASED_ZH =
      List.of("好了，谢谢！", "太好了，问题解决了，谢谢您！", "非常感谢，辛苦了");

  private static final List<String> REOPENS_EN =
      List.of(
          "The problem is back.",
          "It happened again, same issue as before.",
          "Your fix didn't last, it's broken again.");
  private static final List<String> REOPENS_ZH = List.of("问题又出现了。", "又坏了，跟上次一样。");

  private static final List<String> GIVE_UPS_EN =
      List.of("So this is not getting fixed then?", "I give up.", "Forget it, I'll find a way.");
  private static final List<String> GIVE_UPS_ZH = List.of("所以这个问题就是解决不了是吗？", "算了，不用了。");

  private static final List<String> COMPLAINTS_EN =
      List.of(
          "I want to file a formal complaint about how ticket {ticket} was handled.",
          "I am making an official complaint about ticket {ticket}.",
          "Consider this a complaint about your handling of {ticket}.");
  private static final List<String> COMPLAINT_ENDINGS_EN =
      List.of("Thanks.", "thanks", "Thanks for nothing.", "Thanks a lot.");
  private static final List<String> COMPLAINTS_ZH =
      List.of("我要投诉工单{ticket}的处理方式。", "关于工单{ticket}，我要正式投诉。");

  private static final List<String> EMOTICONS_ANGRY = List.of(">:(", "😡", "🤬");
  private static final List<String> EMOTICONS_UPSET = List.of(":(", "🙁", ":/");
  private static final List<String> EMOTICONS_PLEASED = List.of(":)", "🙂", "👍", ":D");

  private static final List<String> AGENT_OPENINGS_EN =
      List.of("Hi,", "Hello,", "Hi there,", "Good day,");
  private static final List<String> AGENT_THANKS_EN =
      List.of(
          "thank you for contacting us.", "thanks for reaching out.", "thanks for your message.");
  private static final List<String> AGENT_EMPATHY_EN =
      List.of(
          "I'm sorry for the trouble this has caused.",
          "I understand how frustrating this is.",
          "I apologise for the wait.");
  private static final List<String> AGENT_HOLDS_EN =
      List.of(
          "Could you send me the order number and a screenshot of the error?",
          "I'm looking into this now and will update you shortly.",
          "Could you confirm the email address on the account?",
          "I have passed this to our specialist team and will keep you posted.");
  private static final List<String> AGENT_UPDATES_EN =
      List.of(
          "Thanks for the details, I'm checking with the team.",
          "Thank you for your patience, we are still on it.",
          "Thanks, that helps. One more moment please.");
  private static final List<String> AGENT_CLOSINGS_EN =
      List.of(
          "Is there anything else I can help you with?",
          "Let me know if anything else comes up.",
          "Have a great day!");
  private static final List<String> AGENT_OPENINGS_ZH = List.of("您好，", "你好，");
  private static final List<String> AGENT_THANKS_ZH = List.of("感谢您联系我们。", "收到您的消息了。");
  private static final List<String> AGENT_EMPATHY_ZH = List.of("非常抱歉给您带来不便。", "理解您的心情，我们马上处理。");
  private static final List<String> AGENT_HOLDS_ZH =
      List.of("麻烦提供一下订单号和报错截图。", "我正在为您查询，稍后回复您。", "已经转给专门的同事处理，有进展会第一时间通知您。");
  private static final List<String> AGENT_UPDATES_ZH =
      List.of("谢谢您提供的信息，我正在和同事确认。", "感谢您的耐心等待，我们还在处理。");
  private static final List<String> AGENT_CLOSINGS_ZH = List.of("请问还有其他可以帮您的吗？", "祝您生活愉快！");

  private static final List<String> DEVICES_EN =
      List.of("iPhone", "Android phone", "iPad", "laptop", "Windows PC", "Mac");
  private static final List<String> DEVICES_ZH = List.of("iPhone", "安卓手机", "iPad", "电脑");
  private static final List<String> PLANS = List.of("Basic", "Plus", "Pro", "Business");
  private static final List<String> MAILBOXES =
      List.of("alex.chen", "maria.lopez", "j.smith", "wang.lei", "sam.taylor", "li.na", "accounts");
  private static final List<String> LINKS =
      List.of(
          "https://shop.example.com/orders/",
          "https://status.example.com/incidents/",
          "https://files.example.net/shot-");

  private final RandomGenerator rng;
  private final IssueTemplate issue;
  private final boolean chinese;
  private final Channel channel;
  private final String agentName;
  private final String ticketId;
  private final String order;
  private final String amount;
  private final String days;
  private final String device;
  private final String url;
  private final String plan;
  private final String email;
  private final String code;
  private String lastFollowUp;

  /**
   * Prepares the texts of one ticket.
   *
   * @param rng the ticket's source of randomness; drawn from in call order
   * @param issue the kind of problem
   * @param chinese whether the customer writes Chinese (agents answer in the customer's language)
   * @param channel the ticket's channel, which decides mentions and sign-offs
   * @param agentName the name the agent signs with
   * @param ticketId the ticket's external id, quoted in complaints
   */
  MessageWriter(
      RandomGenerator rng,
      IssueTemplate issue,
      boolean chinese,
      Channel channel,
      String agentName,
      String ticketId) {
    this.rng = rng;
    this.issue = issue;
    this.chinese = chinese;
    this.channel = channel;
    this.agentName = agentName;
    this.ticketId = ticketId;

    String orderNumber =
        (char) ('A' + rng.nextInt(3)) + Integer.toString(10_000 + rng.nextInt(90_000));
    this.order = "#" + orderNumber;
    this.amount =
        chinese
            ? "¥" + (50 + rng.nextInt(2_000))
            : String.format(Locale.ROOT, "$%d.%02d", 10 + rng.nextInt(490), rng.nextInt(100));
    this.days = Integer.toString(2 + rng.nextInt(8));
    this.device = Draws.pick(rng, chinese ? DEVICES_ZH : DEVICES_EN);
    String link = Draws.pick(rng, LINKS);
    this.url =
        link + (link.endsWith("orders/") ? orderNumber : Integer.toString(rng.nextInt(100_000)));
    this.plan = Draws.pick(rng, PLANS);
    this.email = Draws.pick(rng, MAILBOXES) + "@example.com";
    this.code = Integer.toString(100 + rng.nextInt(900));
  }

  /** The ticket's subject line. */
  String subject() {
    return fill(chinese ? issue.subjectZh() : issue.subjectEn());
  }

  /** The customer's first message, which is also the ticket's description. */
  String description(Tone tone) {
    StringBuilder text = new StringBuilder();
    if (channel == Channel.SOCIAL) {
      text.append(Draws.pick(rng, HANDLES)).append(' ');
    }
    if (Draws.chance(rng, 0.6)) {
      text.append(Draws.pick(rng, chinese ? GREETINGS_ZH : GREETINGS_EN))
          .append(chinese ? "" : " ");
    }
    String problem = chinese ? issue.problemZh() : issue.problemEn();
    text.append(shout(tone, text.length() > 0 ? afterGreeting(problem) : problem));
    if (Draws.chance(rng, 0.4)) {
      String detail = Draws.pick(rng, chinese ? DETAILS_ZH : DETAILS_EN);
      // A detail that repeats a value the problem already gave would read oddly.
      if (!problem.contains(detail.substring(detail.indexOf('{'), detail.indexOf('}') + 1))) {
        append(text, detail);
      }
    }
    append(text, Draws.pick(rng, closers(tone)));
    return emoticon(fill(text.toString()), tone);
  }

  /** A customer reply during the conversation, never the same line twice in a row. */
  String followUp(Tone tone) {
    List<String> lines = followUps(tone);
    String template = Draws.pick(rng, lines);
    if (template.equals(lastFollowUp)) {
      template = lines.get((lines.indexOf(template) + 1) % lines.size());
    }
    lastFollowUp = template;
    String line = shout(tone, template);
    if (channel == Channel.SOCIAL && Draws.chance(rng, 0.5)) {
      line = Draws.pick(rng, HANDLES) + " " + line;
    }
    return emoticon(fill(line), tone);
  }

  /** The customer's message when reopening a resolved ticket. */
  String reopen(Tone tone) {
    String line = Draws.pick(rng, chinese ? REOPENS_ZH : REOPENS_EN);
    String more = Draws.pick(rng, followUps(tone));
    return emoticon(fill(line + (chinese ? "" : " ") + shout(tone, more)), tone);
  }

  /** The customer's last word on a ticket that was never resolved. */
  String giveUp(Tone tone) {
    return emoticon(Draws.pick(rng, chinese ? GIVE_UPS_ZH : GIVE_UPS_EN), tone);
  }

  /** A formal complaint: angry, and ending with a curt thanks. */
  String complaint() {
    if (chinese) {
      return fill(
          Draws.pick(rng, COMPLAINTS_ZH)
              + Draws.pick(rng, FOLLOW_UPS_ANGRY_ZH)
              + Draws.pick(rng, CLOSERS_ANGRY_ZH)
              + "谢谢。");
    }
    String body =
        Draws.pick(rng, COMPLAINTS_EN)
            + " "
            + shout(Tone.ANGRY, Draws.pick(rng, FOLLOW_UPS_ANGRY_EN));
    return fill(body + " " + Draws.pick(rng, COMPLAINT_ENDINGS_EN));
  }

  /** The agent's first reply: it solves the problem at first contact or gathers what is needed. */
  String agentFirstReply(Tone customerTone, boolean solves) {
    StringBuilder text = new StringBuilder();
    text.append(Draws.pick(rng, chinese ? AGENT_OPENINGS_ZH : AGENT_OPENINGS_EN));
    append(text, Draws.pick(rng, chinese ? AGENT_THANKS_ZH : AGENT_THANKS_EN));
    if (customerTone.unhappy()) {
      append(text, Draws.pick(rng, chinese ? AGENT_EMPATHY_ZH : AGENT_EMPATHY_EN));
    }
    if (solves) {
      append(text, fix());
      append(text, Draws.pick(rng, chinese ? AGENT_CLOSINGS_ZH : AGENT_CLOSINGS_EN));
    } else {
      append(text, Draws.pick(rng, chinese ? AGENT_HOLDS_ZH : AGENT_HOLDS_EN));
    }
    return signed(fill(text.toString()));
  }

  /** An agent reply between the first answer and the solution. */
  String agentUpdate(Tone customerTone) {
    StringBuilder text = new StringBuilder();
    if (customerTone.unhappy()) {
      text.append(Draws.pick(rng, chinese ? AGENT_EMPATHY_ZH : AGENT_EMPATHY_EN));
    }
    append(text, Draws.pick(rng, chinese ? AGENT_UPDATES_ZH : AGENT_UPDATES_EN));
    return signed(fill(text.toString()));
  }

  /** The agent's reply that carries the solution. */
  String agentSolution(Tone customerTone, boolean afterReopen) {
    StringBuilder text = new StringBuilder();
    if (afterReopen) {
      text.append(chinese ? "很抱歉问题又出现了。" : "I'm sorry it came back.");
    } else if (customerTone.unhappy()) {
      text.append(Draws.pick(rng, chinese ? AGENT_EMPATHY_ZH : AGENT_EMPATHY_EN));
    }
    append(text, fix());
    append(text, Draws.pick(rng, chinese ? AGENT_CLOSINGS_ZH : AGENT_CLOSINGS_EN));
    return signed(fill(text.toString()));
  }

  /** The agent's last reply on a ticket that could not be resolved. */
  String agentCannotSolve() {
    String text =
        chinese
            ? "很抱歉，目前还无法解决，技术团队仍在排查。"
            : "I'm sorry, we can't solve this right now; the team is still investigating.";
    return signed(text);
  }

  /** A knowledge-base query the agent types. */
  String searchQuery() {
    if (chinese && Draws.chance(rng, 0.5)) {
      return issue.titleZh();
    }
    return issue.query();
  }

  /** The resolution note written on the ticket. */
  String resolution() {
    return fill(chinese ? issue.resolutionZh() : issue.resolutionEn());
  }

  private String fix() {
    return chinese ? issue.fixZh() : issue.fixEn();
  }

  private List<String> closers(Tone tone) {
    return switch (tone) {
      case ANGRY -> chinese ? CLOSERS_ANGRY_ZH : CLOSERS_ANGRY_EN;
      case UPSET -> chinese ? CLOSERS_UPSET_ZH : CLOSERS_UPSET_EN;
      case NEUTRAL, PLEASED -> chinese ? CLOSERS_NEUTRAL_ZH : CLOSERS_NEUTRAL_EN;
    };
  }

  private List<String> followUps(Tone tone) {
    return switch (tone) {
      case ANGRY -> chinese ? FOLLOW_UPS_ANGRY_ZH : FOLLOW_UPS_ANGRY_EN;
      case UPSET -> chinese ? FOLLOW_UPS_UPSET_ZH : FOLLOW_UPS_UPSET_EN;
      case NEUTRAL -> chinese ? FOLLOW_UPS_NEUTRAL_ZH : FOLLOW_UPS_NEUTRAL_EN;
      case PLEASED -> chinese ? FOLLOW_UPS_PLEASED_ZH : FOLLOW_UPS_PLEASED_EN;
    };
  }

  /** Angry English writers sometimes shout a whole sentence. */
  private String shout(Tone tone, String template) {
    String sentence = fill(template);
    if (!chinese && tone == Tone.ANGRY && Draws.chance(rng, 0.3)) {
      return sentence.toUpperCase(Locale.ROOT);
    }
    return sentence;
  }

  private String emoticon(String text, Tone tone) {
    List<String> choices =
        switch (tone) {
          case ANGRY -> EMOTICONS_ANGRY;
          case UPSET -> EMOTICONS_UPSET;
          case PLEASED -> EMOTICONS_PLEASED;
          case NEUTRAL -> List.of();
        };
    if (choices.isEmpty() || !Draws.chance(rng, 0.35)) {
      return text;
    }
    return text + " " + Draws.pick(rng, choices);
  }

  /** Email replies end with a signature, social replies with the agent's initials. */
  private String signed(String text) {
    return switch (channel) {
      case EMAIL -> text + (chinese ? "\n\n" + agentName : "\n\nBest regards,\n" + agentName);
      case SOCIAL -> text + " ^" + initials(agentName);
      case CHAT, PHONE -> text;
    };
  }

  /**
   * After "Hi," a sentence goes on in lower case, unless it starts with "I" or an acronym such as
   * "API".
   */
  private static String afterGreeting(String sentence) {
    if (sentence.length() < 2 || !Character.isLowerCase(sentence.charAt(1))) {
      return sentence;
    }
    return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
  }

  private void append(StringBuilder text, String sentence) {
    if (text.length() > 0 && !chinese) {
      text.append(' ');
    }
    text.append(sentence);
  }

  private static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String part : name.split(" ")) {
      if (!part.isEmpty()) {
        initials.appendCodePoint(part.codePointAt(0));
      }
    }
    return initials.toString();
  }

  /** Replaces the slots of a template with this ticket's values. */
  private String fill(String template) {
    if (template.indexOf('{') < 0) {
      return template;
    }

    StringBuilder text = new StringBuilder(template.length() + 32);
    int index = 0;
    while (index < template.length()) {
      int open = template.indexOf('{', index);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        text.append(template, index, template.length());
        break;
      }
      text.append(template, index, open);
      text.append(slot(template.substring(open + 1, close)));
      index = close + 1;
    }
    return text.toString();
  }

  private String slot(String name) {
    return switch (name) {
      case "order" -> order;
      case "amount" -> amount;
      case "days" -> days;
      case "device" -> device;
      case "url" -> url;
      case "plan" -> plan;
      case "email" -> email;
      case "code" -> code;
      case "ticket" -> ticketId;
      default -> throw new IllegalStateException("unknown slot " + name);
    };
  }
}
