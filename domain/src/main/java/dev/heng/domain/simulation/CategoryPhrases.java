package dev.heng.domain.simulation;

import java.util.List;

/**
 * The texts of one problem category: the kinds of problem it holds and the tags its articles carry.
 *
 * @param issues the kinds of problem, at least one
 * @param tags article tags beside the category code, at least one
 */
record CategoryPhrases(List<IssueTemplate> issues, List<String> tags) {

  CategoryPhrases {
    if (issues.isEmpty() || tags.isEmpty()) {
      throw new IllegalArgumentException(
          "issues and tags must not be empty, were " + issues.size() + " and " + tags.size());
    }
    issues = List.copyOf(issues);
    tags = List.copyOf(tags);
  }

  private static final CategoryPhrases BILLING =
      new CategoryPhrases(
          List.of(
              new IssueTemplate(
                  "Charged twice for order {order}",
                  "订单{order}重复扣款",
                  "I was charged twice for order {order}.",
                  "我的订单{order}被扣了两次钱。",
                  "I have reversed the duplicate payment for {order}; the money is back on your"
                      + " card within 3-5 business days.",
                  "我已经撤销了订单{order}的重复扣款，3到5个工作日内退回您的卡上。",
                  "Duplicate payment reversed, refund on its way.",
                  "已撤销重复扣款并退款。",
                  "duplicate charge reversal",
                  "Reversing a duplicate payment",
                  "如何撤销重复扣款"),
              new IssueTemplate(
                  "Invoice amount looks wrong",
                  "账单金额不对",
                  "My invoice this month says {amount}, but the {plan} plan is cheaper than that.",
                  "这个月的账单是{amount}，可是{plan}套餐没有这么贵。",
                  "The extra amount came from a pro-rated upgrade; I have refunded it as a"
                      + " goodwill gesture and sent a corrected invoice.",
                  "多出的金额是升级时按天计费产生的，我已经作为补偿退还，并发送了更正后的账单。",
                  "Pro-rated charge explained and refunded.",
                  "已解释按天计费并退款。",
                  "pro-rated upgrade charge invoice",
                  "Explaining pro-rated charges",
                  "按天计费的说明"),
              new IssueTemplate(
                  "Unknown charge on my card",
                  "信用卡有一笔不明扣款",
                  "There is a charge of {amount} on my card that I never authorised.",
                  "我的卡上多了一笔{amount}的扣款，我没有授权过。",
                  "The charge was a card verification hold that should have been released; I"
                      + " released it and it disappears within 2 days.",
                  "这笔是银行卡验证的预授权，本应自动释放，我已经手动释放，2天内会消失。",
                  "Verification hold released.",
                  "已释放预授权。",
                  "unauthorised card charge verification hold",
                  "Card verification holds",
                  "银行卡预授权说明"),
              new IssueTemplate(
                  "Wrong address on invoice",
                  "发票地址错误",
                  "The invoice for order {order} shows the wrong company address.",
                  "订单{order}的发票上公司地址写错了。",
                  "I corrected the address and emailed you the reissued invoice.",
                  "我已经更正了地址，并把重新开具的发票发到您的邮箱。",
                  "Invoice corrected and reissued.",
                  "已更正并重新开具发票。",
                  "invoice correction address",
                  "Correcting and reissuing an invoice",
                  "如何更正并重开发票")),
          List.of("payment", "invoice", "charge"));

  private static final CategoryPhrases LOGIN =
      new CategoryPhrases(
          List.of(
              new IssueTemplate(
                  "Can't log in",
                  "无法登录",
                  "I can't log in since this morning, it keeps saying my password is wrong.",
                  "从今天早上开始就登录不了，一直提示密码错误。",
                  "Your account was locked after too many attempts; I unlocked it and sent a"
                      + " fresh reset link, valid for 30 minutes.",
                  "您的账号因多次尝试被锁定，我已经解锁，并重新发送了重置链接，30分钟内有效。",
                  "Account unlocked, new reset link sent.",
                  "账号已解锁，已重发重置链接。",
                  "account locked unlock",
                  "Unlocking a locked account",
                  "账号被锁定怎么办"),
              new IssueTemplate(
                  "Password reset email never arrives",
                  "收不到重置密码的邮件",
                  "The password reset email never arrives, I checked spam too.",
                  "重置密码的邮件一直收不到，垃圾箱也看过了。",
                  "Our mail provider was blocking your domain; I allowed it and resent the"
                      + " reset email.",
                  "我们的邮件服务商拦截了您的邮箱域名，我已经放行并重新发送了重置邮件。",
                  "Mail block removed, reset email delivered.",
                  "已解除拦截，重置邮件已送达。",
                  "password reset email missing",
                  "When the password reset email does not arrive",
                  "收不到重置密码邮件的处理"),
              new IssueTemplate(
                  "Two-factor code not accepted",
                  "验证码一直错误",
                  "The two-factor code is rejected every single time on my {device}.",
                  "{device}上的验证码每次都提示错误。",
                  "The clock on your {device} was out of sync, which breaks the two-factor"
                      + " codes; with automatic time turned on it works again.",
                  "您{device}上的时间不同步，导致验证码失效，打开自动设置时间后就可以了。",
                  "Device time fixed, two-factor works again.",
                  "设备时间已校准，验证码恢复正常。",
                  "two-factor code rejected time sync",
                  "Two-factor codes and device time",
                  "验证码与设备时间"),
              new IssueTemplate(
                  "Account locked after update",
                  "更新后账号被锁",
                  "My account got locked after the app update on my {device}.",
                  "{device}上更新了应用以后账号就被锁了。",
                  "The update signed you out everywhere and an old saved password triggered the"
                      + " lock; I unlocked the account, please sign in once with your current"
                      + " password.",
                  "更新后旧的保存密码触发了锁定，我已经解锁，请用当前密码重新登录一次。",
                  "Lock after update cleared.",
                  "已解除更新后的锁定。",
                  "locked after app update saved password",
                  "Lockouts after an app update",
                  "应用更新后账号锁定")),
          List.of("password", "2fa", "lockout"));

  private static final CategoryPhrases DELIVERY =
      new CategoryPhrases(
          List.of(
              new IssueTemplate(
                  "Where is my order {order}?",
                  "订单{order}还没到",
                  "My order {order} still hasn't arrived, it has been {days} days.",
                  "我的订单还没到，已经等了{days}天了。",
                  "The parcel was held at the local depot; it is back on the van and arrives"
                      + " tomorrow.",
                  "包裹滞留在当地网点，已经重新派送，明天就能到。",
                  "Parcel released from the depot, delivered next day.",
                  "包裹已重新派送。",
                  "parcel stuck at depot",
                  "Parcels held at the depot",
                  "包裹滞留网点怎么办"),
              new IssueTemplate(
                  "Package marked delivered but not here",
                  "显示已签收但没收到货",
                  "Tracking says order {order} was delivered but there is nothing at my door.",
                  "物流显示订单{order}已签收，但是我根本没收到。",
                  "I opened a trace with the courier and sent a replacement for {order} by"
                      + " express shipping.",
                  "我已经向快递公司发起查件，并给订单{order}补发了加急快递。",
                  "Trace opened and replacement sent.",
                  "已查件并补发加急快递。",
                  "delivered but not received trace",
                  "Tracing a parcel marked delivered",
                  "显示签收但未收到的处理流程"),
              new IssueTemplate(
                  "Delivery delayed again",
                  "又延迟发货了",
                  "The delivery of {order} was postponed for the second time.",
                  "订单{order}又延迟发货了，这已经是第二次了。",
                  "The item was back-ordered; I moved your order to the warehouse that has it"
                      + " in stock, and it ships today.",
                  "商品缺货，我已经把订单改到有库存的仓库发货，今天就能发出。",
                  "Order moved to a stocked warehouse.",
                  "已改由有库存的仓库发货。",
                  "back-ordered item switch warehouse",
                  "Moving back-ordered items to another warehouse",
                  "缺货订单改仓发货"),
              new IssueTemplate(
                  "Parcel left at the wrong address",
                  "包裹送错地址",
                  "The courier left my parcel at the wrong address.",
                  "快递把我的包裹送到了错误的地址。",
                  "I asked the courier to collect the parcel and redeliver it; they confirmed a"
                      + " new slot for tomorrow.",
                  "我已经联系快递取回包裹重新派送，明天送达。",
                  "Parcel collected and redelivered.",
                  "包裹已取回并重新派送。",
                  "parcel wrong address redeliver courier",
                  "Redelivering a parcel left at the wrong address",
                  "包裹送错地址的处理")),
          List.of("shipping", "courier", "tracking"));

  private static final CategoryPhrases REFUND =
      new CategoryPhrases(
          List.of(
              new IssueTemplate(
                  "Refund for {order} not received",
                  "订单{order}的退款还没到账",
                  "I returned order {order} two weeks ago and still have no refund.",
                  "订单{order}两周前就退货了，退款到现在还没到账。",
                  "The refund of {amount} was stuck in an approval queue; I released it and it"
                      + " reaches your account in 2-3 days.",
                  "{amount}的退款卡在审核环节，我已经放行，2到3天内到账。",
                  "Refund released from approval.",
                  "退款已放行。",
                  "refund stuck in approval",
                  "Releasing refunds stuck in approval",
                  "退款审核卡住的处理"),
              new IssueTemplate(
                  "Item arrived broken, refund please",
                  "商品损坏，申请退款",
                  "I want a refund for {order}, the item arrived broken.",
                  "订单{order}的东西收到就是坏的，我要退款。",
                  "I approved a full refund for {order}; there is no need to send the broken"
                      + " item back.",
                  "订单{order}已全额退款，坏的商品不用寄回。",
                  "Full refund approved, no return needed.",
                  "已全额退款，无需退货。",
                  "damaged item refund without return",
                  "Refunds for damaged items",
                  "商品损坏的退款规则"),
              new IssueTemplate(
                  "Only part of my refund arrived",
                  "退款金额不全",
                  "The refund was only partial, {amount} is missing.",
                  "退款只退了一部分，还差{amount}。",
                  "The missing {amount} was the shipping fee, which I have now refunded as well.",
                  "少退的{amount}是运费，我已经一并退还。",
                  "Shipping fee refunded.",
                  "已退还运费。",
                  "partial refund shipping fee",
                  "Why a refund can be partial",
                  "部分退款的原因")),
          List.of("returns", "money-back"));

  private static final CategoryPhrases TECHNICAL =
      new CategoryPhrases(
          List.of(
              new IssueTemplate(
                  "App crashes on start",
                  "应用一打开就闪退",
                  "The app crashes as soon as I open it on my {device}.",
                  "在{device}上打开应用就闪退。",
                  "A cached configuration was corrupt; clearing the app data and reinstalling"
                      + " fixed the crash.",
                  "缓存的配置文件损坏了，清除应用数据并重新安装后就不闪退了。",
                  "Cache cleared, app reinstalled.",
                  "已清除缓存并重装。",
                  "app crash on start cache",
                  "Fixing crashes caused by a corrupt cache",
                  "缓存损坏导致闪退的处理"),
              new IssueTemplate(
                  "Integration API returns 500",
                  "接口返回500错误",
                  "Our integration gets HTTP 500 from your API since last night, see {url}",
                  "从昨晚开始调用你们的接口一直返回500错误，详见{url}",
                  "Your API key was rotated during maintenance; I issued a new one and the"
                      + " calls succeed again.",
                  "维护期间您的接口密钥被轮换了，我已经重新生成，现在调用正常。",
                  "New API key issued.",
                  "已重新生成接口密钥。",
                  "api 500 after maintenance key rotation",
                  "API errors after a key rotation",
                  "接口密钥轮换后的报错"),
              new IssueTemplate(
                  "Sync stopped working",
                  "数据同步失败",
                  "Data sync between our systems stopped working after your maintenance window.",
                  "你们维护以后，我们两个系统之间的数据同步就停了。",
                  "The sync job was paused by the maintenance; I restarted it and it has caught"
                      + " up.",
                  "同步任务在维护时被暂停，我已经重新启动，数据已经补齐。",
                  "Sync job restarted.",
                  "同步任务已重启。",
                  "sync job paused restart",
                  "Restarting a paused sync job",
                  "重启暂停的同步任务"),
              new IssueTemplate(
                  "Error when exporting reports",
                  "导出报表出错",
                  "Exporting the monthly report fails with error code E{code}.",
                  "导出月度报表时报错，错误码E{code}。",
                  "Engineering deployed a fix for the export bug; please try the report again.",
                  "技术团队已经修复了导出的问题，请再试一次。",
                  "Export bug fixed by engineering.",
                  "导出问题已修复。",
                  "report export error code",
                  "Known report export errors",
                  "报表导出错误汇总")),
          List.of("bug", "api", "sync"));

  private static final CategoryPhrases ACCOUNT =
      new CategoryPhrases(
          List.of(
              new IssueTemplate(
                  "Update my email address",
                  "修改账号绑定的邮箱",
                  "I need to change the email address on my account to {email}.",
                  "我想把账号绑定的邮箱改成{email}。",
                  "I changed the account email to {email} and sent a confirmation to both"
                      + " addresses.",
                  "我已经把账号邮箱改成{email}，两个邮箱都会收到确认邮件。",
                  "Email address updated.",
                  "邮箱已更新。",
                  "change account email",
                  "Changing the email address of an account",
                  "如何修改账号邮箱"),
              new IssueTemplate(
                  "Change the owner of our account",
                  "更换企业账号管理员",
                  "Our admin left the company, please transfer ownership of the account to me.",
                  "我们的管理员离职了，请把账号管理权限转给我。",
                  "After verifying your authorisation letter I transferred ownership to you.",
                  "核实授权书后，已经把管理员权限转给您。",
                  "Ownership transferred after verification.",
                  "管理员已变更。",
                  "transfer account ownership admin left",
                  "Transferring account ownership",
                  "账号管理员变更流程"),
              new IssueTemplate(
                  "Add users to our workspace",
                  "增加账号席位",
                  "We need five more user seats in our workspace before Monday.",
                  "周一之前我们需要再加五个用户席位。",
                  "I added the five seats; the new users can accept their invitations now.",
                  "已经增加了五个席位，新用户现在可以接受邀请了。",
                  "Seats added.",
                  "席位已增加。",
                  "add user seats to workspace",
                  "Adding seats to a workspace",
                  "如何增加席位"),
              new IssueTemplate(
                  "My name is spelled wrong",
                  "账户名字写错了",
                  "My name is spelled wrong on the account and on every invoice.",
                  "账户上我的名字写错了，发票上也是错的。",
                  "I corrected the name on the account; invoices from now on show it correctly.",
                  "我已经更正了账户上的名字，以后的发票都会显示正确的名字。",
                  "Account name corrected.",
                  "账户名字已更正。",
                  "correct account holder name",
                  "Correcting the name on an account",
                  "更正账户名字")),
          List.of("profile", "ownership", "seats"));

  private static final CategoryPhrases SUBSCRIPTION =
      new CategoryPhrases(
          List.of(
              new IssueTemplate(
                  "Cancel my subscription",
                  "取消订阅",
                  "Please cancel my subscription, I have tried three times in the app.",
                  "请帮我取消订阅，我在应用里试了三次都不行。",
                  "I cancelled the subscription; you keep access until the end of the paid period.",
                  "已为您取消订阅，已付费的期间内仍可以使用。",
                  "Subscription cancelled.",
                  "订阅已取消。",
                  "cancel subscription",
                  "Cancelling a subscription",
                  "如何取消订阅"),
              new IssueTemplate(
                  "Upgrade to {plan}",
                  "升级到{plan}套餐",
                  "We want to upgrade to the {plan} plan but the button does nothing.",
                  "想升级到{plan}套餐，但是点了没反应。",
                  "I upgraded you to {plan} by hand and put the price difference on your next"
                      + " invoice.",
                  "我已经手动为您升级到{plan}套餐，差价会计入下一期账单。",
                  "Plan upgraded by hand.",
                  "已手动升级套餐。",
                  "manual plan upgrade",
                  "Upgrading a plan by hand",
                  "手动升级套餐"),
              new IssueTemplate(
                  "Subscription renewed without notice",
                  "订阅自动续费了",
                  "My subscription renewed for another year without any reminder, {amount} gone.",
                  "没有任何提醒就自动续费了一年，扣了{amount}。",
                  "I reversed the renewal, refunded {amount} and turned on renewal reminders.",
                  "已撤销自动续费并退回{amount}，同时开启了续费提醒。",
                  "Renewal reversed and refunded.",
                  "已撤销续费并退款。",
                  "renewal refund reminder",
                  "Refunding an unwanted renewal",
                  "自动续费退款规则"),
              new IssueTemplate(
                  "Renewal discount missing",
                  "续费优惠没有生效",
                  "I was promised a discount on renewal and did not get it.",
                  "说好续费有优惠，结果没有。",
                  "I applied the promised discount and credited the difference to your account.",
                  "我已经补上承诺的优惠，差额已经退回您的账户。",
                  "Renewal discount applied.",
                  "已补上续费优惠。",
                  "renewal discount credit",
                  "Applying promised renewal discounts",
                  "续费优惠补发")),
          List.of("plan", "renewal"));

  private static final CategoryPhrases PRIVACY =
      new CategoryPhrases(
          List.of(
              new IssueTemplate(
                  "Delete my personal data",
                  "删除我的个人信息",
                  "Please delete all personal data you hold about me.",
                  "请删除你们保存的我的所有个人信息。",
                  "Your deletion request is registered; all personal data is erased within 30"
                      + " days and you will get a confirmation.",
                  "已登记删除申请，30天内删除全部个人信息，完成后会通知您。",
                  "Deletion request registered.",
                  "删除申请已登记。",
                  "personal data deletion request",
                  "Handling data deletion requests",
                  "个人信息删除申请的处理"),
              new IssueTemplate(
                  "Request a copy of my data",
                  "申请导出我的数据",
                  "I would like a copy of all the data you store about my account.",
                  "我想要一份你们保存的我账户的全部数据。",
                  "I sent the data export to your verified email address; the link is valid for"
                      + " 7 days.",
                  "数据导出已发送到您验证过的邮箱，链接7天内有效。",
                  "Data export sent.",
                  "数据导出已发送。",
                  "data export copy",
                  "Sending customers a copy of their data",
                  "为客户导出个人数据"),
              new IssueTemplate(
                  "Stop marketing emails",
                  "不要再给我发营销短信",
                  "I unsubscribed twice and still get marketing emails every day.",
                  "我已经退订两次了，还是每天收到营销短信。",
                  "I removed you from every marketing list, including the one the earlier"
                      + " unsubscribe missed.",
                  "已经把您从所有营销名单中移除，包括上次退订漏掉的那个。",
                  "Removed from marketing lists.",
                  "已退订营销信息。",
                  "unsubscribe marketing list",
                  "Removing a customer from marketing lists",
                  "退订营销信息")),
          List.of("gdpr", "data", "marketing"));

  /** The phrases of a category. */
  static CategoryPhrases of(ProblemCategory category) {
    return switch (category) {
      case BILLING -> BILLING;
      case LOGIN -> LOGIN;
      case DELIVERY -> DELIVERY;
      case REFUND -> REFUND;
      case TECHNICAL -> TECHNICAL;
      case ACCOUNT -> ACCOUNT;
      case SUBSCRIPTION -> SUBSCRIPTION;
      case PRIVACY -> PRIVACY;
    };
  }
}
