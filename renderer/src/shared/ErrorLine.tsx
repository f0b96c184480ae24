export function ErrorLine({ message }: { message: string }) {
  return message ? (
    <p className="error" role="alert" data-testid="error">
      {message}
    </p>
  ) : null;
}
