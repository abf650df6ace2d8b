// NEEDS REVIEW by a native Arabic speaker before it is shown to clients (machine-assisted draft).
import type { ClientCatalogue } from './catalogue';
import { arDelivery } from './ar-delivery';

/** دقيقة واحدة، دقيقتين، 3–10 دقائق، 11 دقيقة فأكثر. */
function minutes(n: number) {
  if (n === 1) return 'دقيقة واحدة';
  if (n === 2) return 'دقيقتين';
  return n <= 10 ? `${n} دقائق` : `${n} دقيقة`;
}

/**
 * Arabic (Modern Standard, plain), right to left, for the pages and slips a client reads; the
 * staff pages stay Norwegian and English. Digits stay Latin (`-u-nu-latn`): the times and codes
 * on the slip are the ones the staff read out, and a date in other digits beside them confuses.
 */
export const ar: ClientCatalogue = {
  lang: 'ar',
  dir: 'rtl',
  languageName: 'العربية',
  languages: 'اللغة',
  appName: 'Hentetid',
  dates: { locale: 'ar-u-nu-latn', long: 'cccc d MMMM yyyy', medium: 'ccc d MMM', time: 'HH:mm' },
  skipToContent: 'انتقل إلى المحتوى',
  home: {
    title: 'اعرف موعد الاستلام',
    intro: 'اكتب الرمز المكتوب على ورقتك. سترى متى وأين تستلم.',
    codeLabel: 'الرمز على الورقة',
    codeHint: 'ثمانية أحرف، مثلاً 7K3M-Q9TX',
    submit: 'اعرض موعدي',
    bike: 'أين الدراجة اليوم؟',
    activities: 'الأنشطة',
    notices: 'إعلانات',
    badCode: 'هذا لا يبدو رمزاً. الرمز فيه ثمانية أحرف، مثلاً 7K3M-Q9TX.',
  },
  ticket: {
    title: 'موعد الاستلام',
    comeBetween: (start, end) => `تعال بين الساعة ${start} والساعة ${end}`,
    date: 'التاريخ',
    place: 'المكان',
    code: 'الرمز',
    what: 'ماذا',
    status: 'الحالة',
    showSlip: 'أحضر الورقة أو الرمز معك.',
    notFoundTitle: 'لم نجد هذا الرمز',
    notFoundText: 'تأكد أن الرمز مكتوب بشكل صحيح. اسأل الموظفين إذا احتجت مساعدة.',
    tryAgain: 'جرّب رمزاً آخر',
  },
  status: {
    booked: 'جاهز للاستلام',
    picked_up: 'تم الاستلام',
    no_show: 'لم يتم الاستلام',
    cancelled: 'ملغى',
  },
  notice: {
    moved: (was) => `تغيّر موعد الاستلام. الموعد القديم كان: ${was}.`,
    cancelledCapacity: 'عدد الأماكن أقل الآن. لم يكن هناك وقت فارغ لاحقاً في ذلك اليوم. ورقتك ملغاة. اطلب ورقة جديدة من الموظفين.',
    closed: (reason) => `مغلق في ذلك اليوم: ${reason}. ورقتك ملغاة.`,
    cancelled: 'ورقتك ملغاة.',
    cancelledBecause: (reason) => `ورقتك ملغاة: ${reason}`,
  },
  errors: {
    forbiddenTitle: 'لا يوجد دخول',
    forbiddenText: 'ليس لديك إذن لفتح هذه الصفحة.',
    notFoundTitle: 'الصفحة غير موجودة',
    notFoundText: 'لم نجد ما تبحث عنه.',
    tooManyTitle: 'محاولات كثيرة',
    tooManyText: (seconds) => `انتظر ${minutes(Math.ceil(seconds / 60))}. ثم حاول مرة أخرى.`,
    badInputTitle: 'هناك خطأ',
    conflictTitle: 'لم ينجح ذلك',
    genericTitle: 'حدث خطأ',
    genericText: 'حدثت مشكلة عندنا. حاول مرة أخرى بعد قليل.',
    back: 'إلى الصفحة الرئيسية',
  },
  print: {
    pickupTime: 'موعد الاستلام',
    slipCode: 'الرمز',
    qrLabel: (code) => `رمز QR يفتح الورقة ${code}`,
    back: 'رجوع',
  },
  delivery: arDelivery,
  outreach: {
    offers: { food: 'طعام', equipment: 'أدوات', naloxone: 'نالوكسون', wound_care: 'العناية بالجروح', testing: 'فحص', vaccination: 'تطعيم', talk: 'حديث' },
    bike: {
      title: 'أين الدراجة؟',
      intro: 'دراجة المساعدة تقف في أماكن ثابتة وأوقات ثابتة. هنا ترى أين هي اليوم وباقي الأسبوع.',
      today: 'اليوم',
      thisWeek: 'باقي الأسبوع',
      noneToday: 'الدراجة ليست في الخارج اليوم.',
      noneWeek: 'لا توجد وقفات أخرى هذا الأسبوع.',
      cancelled: (reason) => (reason ? `ملغى: ${reason}` : 'ملغى'),
      status: { on_time: 'في الموعد', late: 'متأخرة', moved: 'تغيّر المكان', cancelled: 'ملغى' },
      map: 'اعرض على الخريطة',
      offers: 'ماذا نقدّم',
      poster: 'ملصق للطباعة (A4)',
      calendar: 'أضف إلى التقويم',
      posterTitle: 'هنا تجد الدراجة',
      posterWeek: (from, to) => `${from} – ${to}`,
      posterFooter: 'تأكد إن كان هناك تغيير:',
      printNow: 'اطبع',
    },
    activities: {
      title: 'الأنشطة',
      intro: 'الأنشطة في مجموعات صغيرة ثابتة. اسأل الموظفين إذا أردت أن تشارك.',
      none: 'لا توجد أنشطة بعد.',
      next: 'المواعيد القادمة',
      noSessions: 'لا توجد مواعيد في الأسابيع الأربعة القادمة.',
      group: (name) => `مجموعة ${name}`,
      free: (n, size) => (n === 0 ? 'ممتلئ' : `أماكن فارغة: ${n} من ${size}`),
      waiting: (n) => `في قائمة الانتظار: ${n}`,
      cancelled: (reason) => `ملغى: ${reason}`,
      calendar: 'التقويم',
      manage: 'التسجيل والحضور',
    },
    membership: {
      title: 'مكانك',
      activity: 'النشاط',
      place: 'المكان',
      group: 'المجموعة',
      code: 'الرمز',
      waiting: (n) => `أنت في قائمة الانتظار. رقمك: ${n}. ستحصل على مكان عندما يترك أحدهم.`,
      left: 'انتهى هذا المكان.',
      movedIn: (group) => `لديك مكان الآن! أنت في المجموعة ${group}.`,
      next: 'المواعيد القادمة',
      notFoundTitle: 'لم نجد هذا الرمز',
      notFoundText: 'تأكد أن الرمز مكتوب بشكل صحيح. اسأل الموظفين إذا احتجت مساعدة.',
    },
    slip: {
      title: 'ورقة المكان',
      label: 'مجموعتك',
      waiting: 'قائمة الانتظار',
      qrLabel: (code) => `رمز QR يفتح المكان ${code}`,
    },
  },
};
