/** The sign-in screen and the session (signing out, an expired session). */
export const vi = {
  "auth.title": "Đăng nhập",
  "auth.intro": "Dùng tài khoản do quản trị viên cấp cho bạn.",
  "auth.email": "Thư điện tử",
  "auth.password": "Mật khẩu",
  "auth.signIn": "Đăng nhập",
  "auth.signingIn": "Đang đăng nhập…",
  "auth.signOut": "Đăng xuất",
  "auth.emailInvalid": "Nhập địa chỉ thư điện tử, ví dụ ten@donvi.gov.vn.",
  "auth.passwordRequired": "Nhập mật khẩu.",
} as const;

export const en: Record<keyof typeof vi, string> = {
  "auth.title": "Sign in",
  "auth.intro": "Use the account your administrator gave you.",
  "auth.email": "E-mail",
  "auth.password": "Password",
  "auth.signIn": "Sign in",
  "auth.signingIn": "Signing in…",
  "auth.signOut": "Sign out",
  "auth.emailInvalid": "Enter an e-mail address, e.g. name@agency.gov.vn.",
  "auth.passwordRequired": "Enter your password.",
};
