<?php
require __DIR__ . '/header.php';
$company = 'Acme';
?>
<h1>Privacy policy</h1>
<p><?= htmlspecialchars($company) ?> keeps your data as long as necessary.</p>
<p>Your rights are set out in Article 28 GDPR.</p>
<?php include __DIR__ . '/footer.php'; ?>
