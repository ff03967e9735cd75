/** The account screen (changing one's password). */
export const vi = {
  "account.title": "Tài khoản",
  "account.changePassword": "Đổi mật khẩu",
  "account.current": "Mật khẩu hiện tại",
  "account.new": "Mật khẩu mới",
  "account.again": "Nhập lại mật khẩu mới",
  "account.mismatch": "Hai lần nhập mật khẩu mới không giống nhau.",
  "account.wrongCurrent": "Mật khẩu hiện tại không đúng.",
  "account.changed": "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được đóng.",
} as const;

export const en: Record<keyof typeof vi, string> = {
  "account.title": "Account",
  "account.changePassword": "Change password",
  "account.current": "Current password",
  "account.new": "New password",
  "account.again": "New password again",
  "account.mismatch": "The two new passwords differ.",
  "account.wrongCurrent": "The current password is wrong.",
  "account.changed": "Password changed. Your other sessions have been closed.",
};
